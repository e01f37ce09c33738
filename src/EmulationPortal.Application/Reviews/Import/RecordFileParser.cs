using EmulationPortal.Application.Users.Import;
using EmulationPortal.Domain.Common;
using MiniExcelLibs;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// Reads a unit's ratings or titles from Excel .xlsx or UTF-8 CSV, within the same caps as the staff import (unzipped
/// size, rows, cell length: <see cref="StaffFileLimits"/>). Columns are found by their header, in Vietnamese or English,
/// in any order; values are kept as text and never evaluated.
/// </summary>
public static class RecordFileParser
{
    public const int MaxRows = StaffFileParser.MaxRows;

    private enum Column
    {
        Year,
        StaffCode,
        UnitCode,
        Value,
        AdHoc,
        Initiative,
    }

    private static readonly Dictionary<string, Column> Common = new()
    {
        ["nam"] = Column.Year, ["year"] = Column.Year,
        ["ma nhan vien"] = Column.StaffCode, ["ma nv"] = Column.StaffCode, ["staff code"] = Column.StaffCode,
        ["ma don vi"] = Column.UnitCode, ["unit code"] = Column.UnitCode, ["unit"] = Column.UnitCode,
    };

    private static readonly Dictionary<string, Column> RatingHeaders = new(Common)
    {
        ["xep loai"] = Column.Value, ["danh gia"] = Column.Value, ["rating"] = Column.Value,
    };

    private static readonly Dictionary<string, Column> TitleHeaders = new(Common)
    {
        ["danh hieu"] = Column.Value, ["title"] = Column.Value,
        ["dot xuat"] = Column.AdHoc, ["ad hoc"] = Column.AdHoc, ["ad-hoc"] = Column.AdHoc,
        ["ma sang kien"] = Column.Initiative, ["sang kien"] = Column.Initiative, ["initiative"] = Column.Initiative, ["initiative code"] = Column.Initiative,
    };

    public static RecordFile Parse(Stream content, string fileName, RecordKind kind)
    {
        var (lines, error, failure) = Read(content, fileName);
        if (error is not null)
        {
            return new RecordFile([], error, failure);
        }

        var headers = kind == RecordKind.Ratings ? RatingHeaders : TitleHeaders;
        var columns = new Dictionary<Column, int>();
        for (var i = 0; lines.Count > 0 && i < lines[0].Length; i++)
        {
            if (headers.TryGetValue(SearchText.Fold(lines[0][i].TrimStart('\uFEFF')), out var column))
            {
                columns.TryAdd(column, i);
            }
        }

        if (!columns.ContainsKey(Column.Year) || !columns.ContainsKey(Column.UnitCode) || !columns.ContainsKey(Column.Value))
        {
            return new RecordFile([], kind == RecordKind.Ratings ? "records.file.columns.ratings" : "records.file.columns.titles");
        }

        if (lines.Count > MaxRows + 1)
        {
            return new RecordFile([], "import.file.too-many-rows");
        }

        string Cell(string[] line, Column column) => columns.TryGetValue(column, out var index) && index < line.Length ? line[index] : string.Empty;

        return new RecordFile(lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .Skip(1)
            .Where(l => l.Line.Any(cell => cell.Length > 0))
            .Select(l => new RecordRow(l.Number, Cell(l.Line, Column.Year), Cell(l.Line, Column.StaffCode), Cell(l.Line, Column.UnitCode),
                Cell(l.Line, Column.Value), Cell(l.Line, Column.AdHoc), Cell(l.Line, Column.Initiative)))
            .ToList());
    }

    /// <summary>Every line as text cells, or why the file is refused before or while reading it.</summary>
    private static (List<string[]> Lines, string? Error, Exception? Failure) Read(Stream content, string fileName)
    {
        var type = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".XLSX" => ExcelType.XLSX,
            ".CSV" => ExcelType.CSV,
            _ => (ExcelType?)null,
        };
        if (type is null)
        {
            return ([], "import.file.type", null);
        }

        if ((type == ExcelType.XLSX ? StaffFileLimits.CheckWorkbook(content) : StaffFileLimits.CheckCsv(content)) is { } refused)
        {
            return ([], refused, null);
        }

        try
        {
            var lines = content.Query(useHeaderRow: false, excelType: type.Value)
                .Cast<IDictionary<string, object?>>()
                .Take(MaxRows + 2)
                .Select(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToArray())
                .ToList();
            return lines.SelectMany(line => line).Any(cell => cell.Length > StaffFileLimits.MaxCellLength)
                ? ([], "records.file.cell-too-long", null)
                : (lines, null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Broken XML, a short CSV row, a zip MiniExcel chokes on: whatever the reader throws, the file is unreadable.
            return ([], "import.file.unreadable", e);
        }
    }
}
