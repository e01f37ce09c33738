using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Progress;
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
        var words = new Words(text);
        var sheets = new Dictionary<string, object>
        {
            [words.T("SheetSummary")] = Summary(report.Dashboard, words),
            [words.T("SheetUnits")] = Units(report.Dashboard, words),
            [words.T("SheetCriteria")] = Criteria(report.Dashboard, words),
            [words.T("SheetPledges")] = Pledges(report.Pledges, words),
        };
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
    }

    private static List<Dictionary<string, object?>> Summary(CampaignDashboard dashboard, Words words)
    {
        var summary = new List<Dictionary<string, object?>>();
        void Line(string figure, object? value) => summary.Add(new() { [words.T("Figure")] = figure, [words.T("Value")] = value });
        Line(words.T("Drive"), Safe(dashboard.Title));
        Line(words.T("Start"), dashboard.Start.ToDateTime(TimeOnly.MinValue));
        Line(words.T("End"), dashboard.End.ToDateTime(TimeOnly.MinValue));
        Line(words.T("AsOf"), dashboard.Today.ToDateTime(TimeOnly.MinValue));
        Line(words.T("DaysLeft"), dashboard.DaysRemaining);
        Line(words.T("Staff"), dashboard.Staff);
        Line(words.T("Participants"), dashboard.Participants);
        Line(words.T("ParticipationPercent"), words.Percent(dashboard.Participation));
        Line(words.T("OverallPercent"), words.Percent(dashboard.OverallCompletion));
        Line(words.T("TargetsReported"), Words.Share(dashboard.OverallCompletion));
        Line(words.T("ElapsedPercent"), Math.Round(dashboard.ElapsedShare * 100, 1));
        Line(words.T("CollectivePledges"), dashboard.CollectivePledges);
        Line(words.T("UnitsBehind"), dashboard.UnitsBehind);
        foreach (var (status, count) in dashboard.IndividualPledges)
        {
            Line(words.Text($"PledgeStatus.{status}"), count);
        }

        return summary;
    }

    private static List<Dictionary<string, object?>> Units(CampaignDashboard dashboard, Words words) =>
        dashboard.Units.Select(u =>
        {
            var row = new Dictionary<string, object?>
            {
                [words.T("UnitCode")] = Safe(u.Code),
                [words.T("Unit")] = Safe(u.Name),
                [words.T("Level")] = u.Depth,
                [words.T("Staff")] = u.Staff,
                [words.T("Participants")] = u.Participants,
                [words.T("ParticipationPercent")] = u.Participation is { } p ? Math.Round(p * 100, 1) : null,
            };
            foreach (var (criterion, cell) in dashboard.Criteria.Zip(u.Cells))
            {
                row[Safe($"{criterion.Name} (%)")] = cell.Target is null ? words.T("NoTarget") : words.Percent(cell.Completion);
            }

            row[words.T("OverallPercent")] = words.Percent(u.Completion);
            row[words.T("CriteriaReported")] = Words.Share(u.Completion);
            row[words.T("Behind")] = u.IsBehind ? words.T("Yes") : words.T("No");
            return row;
        }).ToList();

    private static List<Dictionary<string, object?>> Criteria(CampaignDashboard dashboard, Words words) =>
        dashboard.Criteria.Select(c => new Dictionary<string, object?>
        {
            [words.T("Criterion")] = Safe(c.Name),
            [words.T("UnitOfMeasure")] = Safe(c.UnitOfMeasure ?? string.Empty),
            [words.T("Direction")] = words.T($"Direction.{c.Direction}"),
            [words.T("Weight")] = c.Weight,
            [words.T("CompletionPercent")] = words.Percent(c.Completion),
            [words.T("UnitsReported")] = Words.Share(c.Completion),
        }).ToList();

    private static List<Dictionary<string, object?>> Pledges(IEnumerable<PledgeLine> pledges, Words words) =>
        pledges.Select(p => new Dictionary<string, object?>
        {
            [words.T("UnitCode")] = Safe(p.UnitCode),
            [words.T("Unit")] = Safe(p.UnitName),
            [words.T("Person")] = p.PersonName is null ? words.T("Collective") : Safe(p.PersonName),
            [words.T("StaffCode")] = Safe(p.StaffCode ?? string.Empty),
            [words.T("Kind")] = words.T($"Kind.{p.Kind}"),
            [words.T("Status")] = words.Text($"PledgeStatus.{p.Status}"),
            [words.T("SubmittedOn")] = p.SubmittedAtUtc is { } at ? FactoryTime.ToLocal(at).Date : null,
        }).ToList();

    /// <summary>The reader's words: report headers live under "Report.", statuses under their own keys.</summary>
    private sealed record Words(Func<string, string> Text)
    {
        public string T(string key) => Text($"Report.{key}");

        public object Percent(double? ratio) => ratio is { } value ? Math.Round(value * 100, 1) : T("NotReported");

        public object Percent(OverallCompletion? completion) => completion is null ? T("NoTarget") : Math.Round(completion.Value * 100, 1);

        /// <summary>How many of the items behind a completion were reported, "3/6", beside the figure.</summary>
        public static string Share(OverallCompletion? completion) => completion is null ? string.Empty : $"{completion.Reported}/{completion.Items}";
    }

    /// <summary>Text from users that would start a formula in a spreadsheet is written as text (prefixed with ').</summary>
    public static string Safe(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
