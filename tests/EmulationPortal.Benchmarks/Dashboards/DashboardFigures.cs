using System.Globalization;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Pledges;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>
/// The figures a campaign dashboard shows, in a form both the portal's read model and the hand-written SQL produce,
/// so a test can hold them equal and the benchmark compares like with like.
/// </summary>
internal sealed record DashboardFigures(
    int Staff,
    int Participants,
    IReadOnlyDictionary<PledgeStatus, int> IndividualPledges,
    int CollectivePledges,
    double? OverallCompletion,
    IReadOnlyList<CriterionFigure> Criteria,
    IReadOnlyList<UnitFigure> Units,
    IReadOnlyList<LaunchRecord> Launches,
    ProgressHistory History)
{
    public static DashboardFigures From(CampaignDashboard d) =>
        new(d.Staff, d.Participants, d.IndividualPledges, d.CollectivePledges, d.OverallCompletion, d.Criteria, d.Units, d.Launches, d.History);

    /// <summary>One line per figure, ratios to nine decimals (the two sides sum in different orders).</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            $"staff {Staff} participants {Participants} collective {CollectivePledges} overall {R(OverallCompletion)}",
            $"pledges {string.Join(" ", IndividualPledges.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}",
        };
        lines.AddRange(Criteria.Select(c => $"criterion {c.CriterionId} {R(c.Completion)} reported by {c.UnitsReported}"));
        lines.AddRange(Units.Select(u => $"unit {u.OrgUnitId} depth {u.Depth} staff {u.Staff} participants {u.Participants} completion {R(u.Completion)} behind {u.IsBehind} "
            + string.Join(" ", u.Cells.Select(c => $"[{c.CriterionId} {R(c.Target)} {R(c.Reported)} {R(c.Completion)}]"))));
        lines.AddRange(Launches.Select(l => $"launch {l.OrgUnitId} {l.LaunchedOn} {l.State}"));
        lines.Add($"dates {string.Join(" ", History.Dates)}");
        lines.AddRange(History.Series.Select(s => $"series {s.CriterionId} {string.Join(" ", s.Completions.Select(R))}"));
        return lines;
    }

    private static string R(double? value) => value?.ToString("0.#########", CultureInfo.InvariantCulture) ?? "-";
}
