using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Attachments;

/// <summary>
/// An uploaded file's name as it is kept and offered back: the last segment only (no folders, so no "../"), through
/// <see cref="UserText.Normalize"/> (control and invisible characters dropped, NFC, so Vietnamese keeps its diacritics),
/// characters Windows refuses in names replaced, and cut to <see cref="MaxLength"/> keeping the ending.
/// </summary>
public static class AttachmentName
{
    public const int MaxLength = 200;

    private static readonly char[] Refused = ['<', '>', ':', '"', '|', '?', '*'];

    public static string Sanitise(string? name)
    {
        var text = UserText.Normalize(name).Replace('\n', ' ').Replace('\t', ' ');
        var last = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = string.Concat(last.Select(c => Array.IndexOf(Refused, c) >= 0 ? '_' : c)).Trim().TrimStart('.').Trim();
        if (kept.Length > MaxLength)
        {
            var ending = Path.GetExtension(kept);
            ending = ending.Length is > 0 and <= 10 ? ending : string.Empty;
            var cut = MaxLength - ending.Length;
            cut -= char.IsHighSurrogate(kept[cut - 1]) ? 1 : 0; // never half a character
            kept = kept[..cut].TrimEnd() + ending;
        }

        return kept;
    }

    /// <summary>The name's ending in lower case (".pdf"), or empty.</summary>
    public static string Extension(string name) => Path.GetExtension(name).ToLowerInvariant();
}
