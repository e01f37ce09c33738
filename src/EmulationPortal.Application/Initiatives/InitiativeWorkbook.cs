using EmulationPortal.Application.Reports;
using MiniExcelLibs;

namespace EmulationPortal.Application.Initiatives;

/// <summary>The register as an .xlsx sheet, one row per initiative; headers (keys under "Initiative.Sheet.") in the reader's language.</summary>
public static class InitiativeWorkbook
{
    public static void Write(Stream stream, IEnumerable<InitiativeRegisterQuery.Row> register, Func<string, string> text)
    {
        string T(string key) => text($"Initiative.Sheet.{key}");
        var rows = register.Select(r => new Dictionary<string, object?>
        {
            [T("Code")] = r.Code,
            [T("Title")] = CampaignWorkbook.Safe(r.Title),
            [T("Authors")] = CampaignWorkbook.Safe(r.Authors),
            [T("Unit")] = CampaignWorkbook.Safe(r.UnitName),
            [T("State")] = text($"Initiative.State.{r.State}"),
            [T("Scope")] = r.Scope is { } scope ? text($"Initiative.Scope.{scope}") : null,
            [T("FiledOn")] = r.FiledOn?.ToDateTime(TimeOnly.MinValue),
            [T("DecidedOn")] = r.DecidedOn?.ToDateTime(TimeOnly.MinValue),
            [T("Saving")] = r.SavingVnd,
            [T("ConsumedFor")] = r.ConsumedFor is null ? null : CampaignWorkbook.Safe(r.ConsumedFor),
        }).ToList();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [T("Sheet")] = rows }, excelType: ExcelType.XLSX);
    }
}
