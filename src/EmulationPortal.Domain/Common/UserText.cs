using System.Globalization;
using System.Text;

namespace EmulationPortal.Domain.Common;

/// <summary>
/// The one policy for text a person types or imports, applied before it is validated and stored, so a length limit
/// counts exactly what is stored and the same word always has the same bytes.
/// </summary>
/// <remarks>
/// Control characters (Unicode category Cc, except line feed and tab) are dropped: they are invisible, break exports
/// and logs, and SQL Server or a spreadsheet may refuse them. A line break typed on Windows (\r\n) or an old Mac (\r)
/// becomes \n. Invisible format characters of the Basic Multilingual Plane (Unicode category Cf: the bidirectional
/// marks, embeddings, overrides and isolates such as U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, the zero-width
/// space and joiners U+200B–U+200D, the word joiner and the BOM) are dropped: they reorder what a reader sees ("Trojan
/// Source" spoofing of names and reasons) or make two names that look the same differ. An unpaired surrogate (not a character
/// at all; NFC refuses it) is dropped. What remains is trimmed and put in Unicode NFC, the form Vietnamese text
/// takes when typed on most keyboards, so NFD input from another system is stored the same way.
/// </remarks>
public static class UserText
{
    /// <summary>The text as it is stored; null or blank gives an empty string.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    kept.Append('\n');
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (Keeps(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Blank text is no text: null, otherwise <see cref="Normalize"/>d. For optional fields.</summary>
    public static string? NormalizeOptional(string? text) => Normalize(text) is { Length: > 0 } normalized ? normalized : null;

    /// <summary>
    /// <see cref="Normalize"/>d text that must be there and fit: refused as <c>{code}.required</c> or <c>{code}.tooLong</c>.
    /// </summary>
    public static string Required(string? text, int maxLength, string code)
    {
        var value = Normalize(text);
        if (value.Length == 0)
        {
            throw new DomainRuleException(code + ".required", "The text is required.");
        }

        return value.Length > maxLength ? throw new DomainRuleException(code + ".tooLong", "The text is too long.") : value;
    }

    private static bool Keeps(char c) => c switch
    {
        '\n' or '\t' => true,
        _ when char.IsSurrogate(c) => false,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format),
    };
}
