using System.Globalization;
using EmulationPortal.Application.Common;

namespace EmulationPortal.Web.Features.Targets;

/// <summary>
/// Rows copied from a spreadsheet: lines of tab-separated numbers in the user's culture ("1.234,5" in Vietnamese,
/// "1,234.5" in English), read by <see cref="LocalNumber"/> like every other number the portal is typed. Empty cells stay empty; anything else that is not a number is reported by row and column.
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

                if (LocalNumber.TryRead(cell, culture, out var value))
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
}
