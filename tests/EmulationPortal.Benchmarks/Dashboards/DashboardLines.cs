using System.Globalization;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>
/// A dashboard as one line per figure, ratios to nine decimals (the portal and the hand-written SQL sum in different
/// orders), so a test can hold the two equal and show where they differ.
/// </summary>
internal static class DashboardLines
{
    public static IReadOnlyList<string> Of(CampaignDashboard d)
    {
        var lines = new List<string>
        {
            $"drive {d.CampaignId} {d.Title} {d.Start}–{d.End} launch by {d.LaunchDeadline} today {d.Today} remaining {d.DaysRemaining} elapsed {R(d.ElapsedShare)}",
            $"staff {d.Staff} participants {d.Participants} collective {d.CollectivePledges} overall {R(d.OverallCompletion)}",
            $"pledges {string.Join(" ", d.IndividualPledges.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}",
        };
        lines.AddRange(d.Criteria.Select(c => $"criterion {c.CriterionId} {c.Name} {c.UnitOfMeasure} {c.Direction} {R(c.Weight)} {R(c.Completion)}"));
        lines.AddRange(d.Units.Select(u => $"unit {u.OrgUnitId} {u.Code} {u.Kind} parent {u.ParentId} depth {u.Depth} staff {u.Staff} participants {u.Participants} completion {R(u.Completion)} behind {u.IsBehind} "
            + string.Join(" ", u.Cells.Select(c => $"[{c.CriterionId} {R(c.Target)} {R(c.Reported)} {R(c.Completion)}]"))));
        lines.AddRange(d.Launches.Select(l => $"launch {l.OrgUnitId} {l.Code} {l.LaunchedOn} {l.State}"));
        lines.Add($"dates {string.Join(" ", d.History.Dates)}");
        lines.AddRange(d.History.Series.Select(s => $"series {s.CriterionId} {string.Join(" ", s.Completions.Select(R))}"));
        return lines;
    }

    private static string R(OverallCompletion? completion) => completion is null ? "-" : $"{R(completion.Value)} reported {completion.Reported}/{completion.Items}";

    private static string R(double? value) => value?.ToString("0.#########", CultureInfo.InvariantCulture) ?? "-";
}
