using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// The dashboard's arithmetic, without a database: from the loaded <see cref="DashboardFacts"/>, the heat-map cells,
/// the units' subtree figures, each criterion's and the drive's completion (<see cref="OverallCompletion"/>), the
/// history series and the sub-units' launches.
/// </summary>
internal static class DashboardRollUp
{
    public static CampaignDashboard Build(DashboardFacts facts, DateOnly today)
    {
        var drive = facts.Drive;
        var history = new TargetHistory(facts);
        var tree = new UnitTree(facts);
        var elapsed = ElapsedShare(drive.Start, drive.End, today);
        var units = tree.Figures(history.Cells(), elapsed);
        var criteria = CriterionFigures(facts.Criteria, units);
        var shown = facts.Units.Keys;

        return new CampaignDashboard(
            drive.Id,
            drive.Title,
            drive.Start,
            drive.End,
            drive.LaunchDeadline,
            today,
            new CampaignPeriod(drive.Start, drive.End, drive.PledgeDeadline, null).DaysRemaining(today),
            elapsed,
            facts.Headcounts.Covering(shown),
            shown.Sum(tree.ParticipantsOf),
            Enum.GetValues<PledgeStatus>().ToDictionary(
                s => s,
                s => facts.IndividualPledges.Where(i => i.Status == s && facts.Units.ContainsKey(i.OrgUnitId)).Sum(i => i.Count)),
            facts.CollectivePledgeUnits.Count(facts.Units.ContainsKey),
            OverallCompletion.Combine(criteria.Select(c => (c.Weight, c.Completion))),
            criteria,
            units,
            Launches(facts, today),
            new ProgressHistory(history.Dates, history.Series(facts.Criteria)));
    }

    /// <summary>Share of the period gone by today, both ends counted: the pace a unit's completion should keep.</summary>
    public static double ElapsedShare(DateOnly start, DateOnly end, DateOnly today)
    {
        var length = end.DayNumber - start.DayNumber + 1;
        var gone = Math.Clamp(today.DayNumber - start.DayNumber + 1, 0, length);
        return (double)gone / length;
    }

    /// <summary>A criterion's completion over every shown unit that has a target on it.</summary>
    private static List<CriterionFigure> CriterionFigures(IReadOnlyList<CriterionRow> criteria, IReadOnlyList<UnitFigure> units) =>
        criteria
            .Select((c, i) => new CriterionFigure(c.Id, c.Name, c.UnitOfMeasure, c.Direction, c.Weight,
                OverallCompletion.Mean(units.Select(u => u.Cells[i]).Where(cell => cell.Target is not null).Select(cell => cell.Completion))))
            .ToList();

    /// <summary>The drive owner's sub-units, judged by the factory's day; none when the drive sets no launch deadline.</summary>
    private static List<LaunchRecord> Launches(DashboardFacts facts, DateOnly today) =>
        facts.Drive.LaunchDeadline is not { } deadline
            ? []
            : facts.Units.Values
                .Where(u => u.ParentId == facts.Drive.OwnerUnitId)
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u =>
                {
                    DateOnly? day = u.LaunchedAtUtc is { } at ? DateOnly.FromDateTime(FactoryTime.ToLocal(at)) : null;
                    return new LaunchRecord(u.Id, u.Code, u.Name, day, CampaignUnit.StateOf(day, deadline, today));
                })
                .ToList();
}
