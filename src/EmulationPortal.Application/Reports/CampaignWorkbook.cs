using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using MiniExcelLibs;

namespace EmulationPortal.Application.Reports;

/// <summary>
/// Writes a <see cref="CampaignReport"/> as an .xlsx workbook: summary, units, criteria, pledges. Numbers are numbers
/// (completions in %, one decimal), dates are dates, and text that came from users cannot start a formula.
/// Headers come from <paramref name="text"/> so the workbook speaks the reader's language.
/// </summary>
public static class CampaignWorkbook
{
    public static void Write(Stream stream, CampaignReport report, Func<string, string> text)
    {
        var dashboard = report.Dashboard;
        string T(string key) => text($"Report.{key}");
        object Percent(double? ratio) => ratio is { } value ? Math.Round(value * 100, 1) : T("NotReported");

        var summary = new List<Dictionary<string, object?>>();
        void Line(string key, object? value) => summary.Add(new() { [T("Figure")] = T(key), [T("Value")] = value });
        Line("Drive", Safe(dashboard.Title));
        Line("Start", dashboard.Start.ToDateTime(TimeOnly.MinValue));
        Line("End", dashboard.End.ToDateTime(TimeOnly.MinValue));
        Line("AsOf", dashboard.Today.ToDateTime(TimeOnly.MinValue));
        Line("DaysLeft", dashboard.DaysRemaining);
        Line("Staff", dashboard.Staff);
        Line("Participants", dashboard.Participants);
        Line("ParticipationPercent", Percent(dashboard.Participation));
        Line("OverallPercent", Percent(dashboard.OverallCompletion));
        Line("ElapsedPercent", Math.Round(dashboard.ElapsedShare * 100, 1));
        Line("CollectivePledges", dashboard.CollectivePledges);
        Line("UnitsBehind", dashboard.UnitsBehind);
        foreach (var (status, count) in dashboard.IndividualPledges)
        {
            summary.Add(new() { [T("Figure")] = text($"PledgeStatus.{status}"), [T("Value")] = count });
        }

        var units = dashboard.Units.Select(u =>
        {
            var row = new Dictionary<string, object?>
            {
                [T("UnitCode")] = Safe(u.Code),
                [T("Unit")] = Safe(u.Name),
                [T("Level")] = u.Depth,
                [T("Staff")] = u.Staff,
                [T("Participants")] = u.Participants,
                [T("ParticipationPercent")] = u.Participation is { } p ? Math.Round(p * 100, 1) : null,
            };
            foreach (var (criterion, cell) in dashboard.Criteria.Zip(u.Cells))
            {
                row[Safe($"{criterion.Name} (%)")] = cell.Target is null ? T("NoTarget") : Percent(cell.Completion);
            }

            row[T("OverallPercent")] = Percent(u.Completion);
            row[T("Behind")] = u.IsBehind ? T("Yes") : T("No");
            return row;
        }).ToList();

        var criteria = dashboard.Criteria.Select(c => new Dictionary<string, object?>
        {
            [T("Criterion")] = Safe(c.Name),
            [T("UnitOfMeasure")] = Safe(c.UnitOfMeasure ?? string.Empty),
            [T("Direction")] = T($"Direction.{c.Direction}"),
            [T("Weight")] = c.Weight,
            [T("CompletionPercent")] = Percent(c.Completion),
            [T("UnitsReported")] = c.UnitsReported,
        }).ToList();

        var pledges = report.Pledges.Select(p => new Dictionary<string, object?>
        {
            [T("UnitCode")] = Safe(p.UnitCode),
            [T("Unit")] = Safe(p.UnitName),
            [T("Person")] = p.PersonName is null ? T("Collective") : Safe(p.PersonName),
            [T("StaffCode")] = Safe(p.StaffCode ?? string.Empty),
            [T("Kind")] = T($"Kind.{p.Kind}"),
            [T("Status")] = text($"PledgeStatus.{p.Status}"),
            [T("SubmittedOn")] = p.SubmittedAtUtc is { } at ? FactoryTime.ToLocal(at).Date : null,
        }).ToList();

        var sheets = new Dictionary<string, object>
        {
            [T("SheetSummary")] = summary,
            [T("SheetUnits")] = units,
            [T("SheetCriteria")] = criteria,
            [T("SheetPledges")] = pledges,
        };
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>Text from users that would start a formula in a spreadsheet is written as text (prefixed with ').</summary>
    public static string Safe(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
