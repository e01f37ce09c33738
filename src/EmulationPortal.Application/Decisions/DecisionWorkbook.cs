using EmulationPortal.Application.Reports;
using EmulationPortal.Domain.Decisions;
using MiniExcelLibs;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// A decision, or a year's register of decisions, as an .xlsx sheet: one row per person or collective awarded, bonus
/// as a number of đồng. Headers come from <paramref name="text"/> (keys under "Decision.Sheet.") in the reader's language.
/// </summary>
public static class DecisionWorkbook
{
    public static void Write(Stream stream, IEnumerable<DecisionDetail> decisions, Func<string, string> text)
    {
        string T(string key) => text($"Decision.Sheet.{key}");
        var rows = decisions.SelectMany(d => d.Awarded.Select(l => new Dictionary<string, object?>
        {
            [T("Number")] = d.Number ?? T("Draft"),
            [T("Date")] = d.DecidedOn?.ToDateTime(TimeOnly.MinValue),
            [T("Status")] = text($"Decision.Status.{d.Status}"),
            [T("GoldenBook")] = l.GoldenBookNumber,
            [T("Recipient")] = CampaignWorkbook.Safe(l.RecipientName),
            [T("Unit")] = CampaignWorkbook.Safe(l.UnitName),
            [T("Title")] = CampaignWorkbook.Safe(l.TitleName),
            [T("Bonus")] = l.Bonus,
            [T("Signer")] = CampaignWorkbook.Safe($"{d.SignerTitle} {d.SignerName}"),
            [T("RevocationReason")] = d.Status == DecisionStatus.Revoked ? CampaignWorkbook.Safe(d.RevocationReason!) : null,
        })).ToList();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [T("Sheet")] = rows }, excelType: ExcelType.XLSX);
    }
}
