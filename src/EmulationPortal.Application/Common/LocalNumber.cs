using System.Globalization;

namespace EmulationPortal.Application.Common;

/// <summary>
/// The portal's one reading of a typed or pasted number, in the user's culture: Vietnamese groups thousands with "."
/// and marks decimals with ","; English the reverse. A group separator must sit between groups of exactly three
/// digits, so "1.5" typed the English way on a Vietnamese page (or "1,5" on an English one) is refused instead of
/// silently read as 15 or 1,5.
/// </summary>
public static class LocalNumber
{
    /// <summary>Beyond this a typed "number" is a paste accident, not a figure (the validators cap values far lower).</summary>
    private const int MaxLength = 40;

    /// <summary>What was read: a value, nothing (empty text), or the code of the reason the text is not a number.</summary>
    public readonly record struct Reading(double? Value, string? ErrorCode)
    {
        public bool IsValid => ErrorCode is null;
    }

    public const string NotANumber = "number.invalid";
    public const string Ambiguous = "number.ambiguous";
    public const string WholeOnly = "number.wholeOnly";

    /// <summary>Reads <paramref name="text"/>; <paramref name="wholeOnly"/> refuses a fraction (a count of shells, people…).</summary>
    public static Reading Read(string? text, CultureInfo culture, bool wholeOnly = false)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new(null, null);
        }

        if (trimmed.Length > MaxLength)
        {
            return new(null, NotANumber);
        }

        var format = culture.NumberFormat;
        var negative = trimmed.StartsWith('-');
        var body = negative ? trimmed[1..] : trimmed;
        var parts = body.Split(format.NumberDecimalSeparator);
        if (parts.Length > 2 || (parts.Length == 2 && !AllDigits(parts[1])))
        {
            return new(null, parts.Length == 2 && parts[1].Contains(format.NumberGroupSeparator, StringComparison.Ordinal) ? Ambiguous : NotANumber);
        }

        var groups = parts[0].Split(format.NumberGroupSeparator);
        if (!groups.All(AllDigits))
        {
            return new(null, NotANumber);
        }

        if (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return new(null, Ambiguous);
        }

        var invariant = string.Concat(groups) + (parts.Length == 2 ? "." + parts[1] : string.Empty);
        var value = double.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return new(null, NotANumber);
        }

        if (wholeOnly && value != Math.Floor(value))
        {
            return new(null, WholeOnly);
        }

        return new(negative ? -value : value, null);
    }

    /// <summary>True with the value when <paramref name="text"/> is a number (empty text is not).</summary>
    public static bool TryRead(string? text, CultureInfo culture, out double value)
    {
        var reading = Read(text, culture);
        value = reading.Value ?? 0;
        return reading is { IsValid: true, Value: not null };
    }

    /// <summary>A value as the user would type it back: grouped thousands, no trailing zeros, and exact enough to re-read.</summary>
    public static string Format(double value, CultureInfo culture) => value.ToString("#,0.##########", culture);

    private static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
