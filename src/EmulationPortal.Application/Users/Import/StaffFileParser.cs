using EmulationPortal.Domain.Common;
using MiniExcelLibs;

namespace EmulationPortal.Application.Users.Import;

/// <summary>
/// Reads a staff list from UTF-8 CSV or Excel .xlsx, within <see cref="StaffFileLimits"/>. Columns are found by their header, in Vietnamese or English, in
/// any order; values are kept as text and never evaluated (formula-looking cells are flagged by the row checks).
/// </summary>
public static class StaffFileParser
{
    public const int MaxRows = 20_000;

    private enum Column
    {
        FullName,
        Email,
        StaffCode,
        UnitCode,
        Role,
    }

    private static readonly Dictionary<string, Column> Headers = new()
    {
        ["ho va ten"] = Column.FullName, ["ho ten"] = Column.FullName, ["full name"] = Column.FullName, ["name"] = Column.FullName,
        ["email"] = Column.Email, ["e-mail"] = Column.Email,
        ["ma nhan vien"] = Column.StaffCode, ["ma nv"] = Column.StaffCode, ["staff code"] = Column.StaffCode,
        ["ma don vi"] = Column.UnitCode, ["unit code"] = Column.UnitCode, ["unit"] = Column.UnitCode,
        ["vai tro"] = Column.Role, ["role"] = Column.Role,
    };

    public static StaffFile Parse(Stream content, string fileName)
    {
        var type = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".XLSX" => ExcelType.XLSX,
            ".CSV" => ExcelType.CSV,
            _ => (ExcelType?)null,
        };
        if (type is null)
        {
            return new StaffFile([], "import.file.type");
        }

        if ((type == ExcelType.XLSX ? StaffFileLimits.CheckWorkbook(content) : StaffFileLimits.CheckCsv(content)) is { } refused)
        {
            return new StaffFile([], refused);
        }

        List<string[]> lines;
        try
        {
            lines = content.Query(useHeaderRow: false, excelType: type.Value)
                .Cast<IDictionary<string, object?>>()
                .Take(MaxRows + 2)
                .Select(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray())
                .ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Broken XML, a short CSV row, a zip MiniExcel chokes on: whatever the reader throws, the file is unreadable.
            return new StaffFile([], "import.file.unreadable", e);
        }

        if (lines.SelectMany(line => line).Any(cell => cell.Length > StaffFileLimits.MaxCellLength))
        {
            return new StaffFile([], "import.file.cell-too-long");
        }

        if (lines.Count == 0)
        {
            return new StaffFile([], "import.file.columns");
        }

        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < lines[0].Length; i++)
        {
            if (Headers.TryGetValue(SearchText.Fold(lines[0][i].TrimStart('\uFEFF')), out var column))
            {
                columns.TryAdd(column, i);
            }
        }

        if (!columns.ContainsKey(Column.FullName) || !columns.ContainsKey(Column.Email)
            || !columns.ContainsKey(Column.UnitCode) || !columns.ContainsKey(Column.Role))
        {
            return new StaffFile([], "import.file.columns");
        }

        if (lines.Count > MaxRows + 1)
        {
            return new StaffFile([], "import.file.too-many-rows");
        }

        string Cell(string[] line, Column column) =>
            columns.TryGetValue(column, out var index) && index < line.Length ? line[index] : string.Empty;

        var rows = lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .Skip(1)
            .Where(l => l.Line.Any(cell => cell.Length > 0))
            .Select(l => new StaffRow(l.Number, Cell(l.Line, Column.FullName), Cell(l.Line, Column.Email), Cell(l.Line, Column.StaffCode),
                Cell(l.Line, Column.UnitCode), Cell(l.Line, Column.Role)))
            .ToList();
        return new StaffFile(rows);
    }
}
