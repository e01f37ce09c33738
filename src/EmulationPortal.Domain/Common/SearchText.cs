using System.Globalization;
using System.Text;

namespace EmulationPortal.Domain.Common;

/// <summary>
/// Folds Vietnamese text for search: lower case, diacritics removed, đ → d. Stored next to names so that
/// "nguyen" finds "Nguyễn" with a plain indexed LIKE on SQLite and SQL Server alike. The text first goes through
/// <see cref="UserText.Normalize"/>, so a query folds exactly as the stored name it should find (NFD or NFC, stray
/// control characters or not).
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = UserText.Normalize(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }
}
