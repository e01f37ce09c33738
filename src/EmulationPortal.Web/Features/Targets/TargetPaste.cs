using System.Globalization;

namespace EmulationPortal.Web.Features.Targets;

/// <summary>
/// Rows copied from a spreadsheet: lines of tab-separated numbers in the user's culture ("1.234,5" in Vietnamese,
/// "1,234.5" in English). Empty cells stay empty; anything else that is not a number is reported by row and column.
/// </summary>
internal static class TargetPaste
{
    public sealed record BadCell(int Row, int Column, string Text);

    public sealed record Result(IReadOnlyList<IReadOnlyList<double?>> Rows, IReadOnlyList<BadCell> Errors);

    public static Result Parse(string text, CultureInfo culture)
    {
        var rows = new List<IReadOnlyList<double?>>();
        var errors = new List<BadCell>();
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        for (var r = 0; r < lines.Length; r++)
        {
            var cells = lines[r].Split('\t');
            var values = new double?[cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                if (TryNumber(cell, culture, out var value))
                {
                    values[c] = value;
                }
                else
                {
                    errors.Add(new BadCell(r + 1, c + 1, cell));
                }
            }

            rows.Add(values);
        }

        return new Result(rows, errors);
    }

    public static bool TryNumber(string text, CultureInfo culture, out double value)
    {
        value = 0;
        return WellGrouped(text.Trim(), culture.NumberFormat)
            && double.TryParse(text.Trim(), NumberStyles.Number, culture, out value) && double.IsFinite(value);
    }

    /// <summary>
    /// Thousands separators only between groups of three digits: "1.5" pasted into the Vietnamese grid (an English
    /// decimal) or "1,5" into the English one is refused rather than read as 15.
    /// </summary>
    private static bool WellGrouped(string text, NumberFormatInfo format) =>
        text.Split(format.NumberDecimalSeparator)[0].Split(format.NumberGroupSeparator).Skip(1).All(group => group.Length == 3);

    public static string Format(double value, CultureInfo culture) => value.ToString("#,0.##", culture);
}
