using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// The shown targets (of shown units, on the drive's criteria) with their reports in date order: each one's completion
/// on any day, the heat-map cells, and each criterion's completion over time.
/// Tens of thousands of targets at ministry scale: looked up by id, each one's few points walked in date order.
/// </summary>
internal sealed class TargetHistory
{
    private readonly Dictionary<int, TargetRow> _targets;
    private readonly Dictionary<int, Direction> _direction;
    private readonly ILookup<int, TargetPoint> _points;

    public TargetHistory(DashboardFacts facts)
    {
        _direction = facts.Criteria.ToDictionary(c => c.Id, c => c.Direction);
        _targets = facts.Targets.Where(t => facts.Units.ContainsKey(t.OrgUnitId) && _direction.ContainsKey(t.CriterionId)).ToDictionary(t => t.Id);
        _points = facts.Points.Where(p => _targets.ContainsKey(p.TargetId)).OrderBy(p => p.AsOf).ToLookup(p => p.TargetId);
        Dates = _points.SelectMany(p => p).Select(p => p.AsOf).Distinct().Order().ToList();
    }

    /// <summary>Every day something was reported on a shown target, in order.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Each shown target's cell by (unit, criterion): its target, latest report and completion.</summary>
    public Dictionary<(int Unit, int Criterion), TargetCell> Cells() => _targets.Values.ToDictionary(
        t => (t.OrgUnitId, t.CriterionId),
        t => new TargetCell(t.CriterionId, t.TargetValue, _points[t.Id].LastOrDefault()?.Value, CompletionOn(t.Id, DateOnly.MaxValue)));

    /// <summary>Per criterion, on each of <see cref="Dates"/>, its completion over all its targets from their latest reports up to that day.</summary>
    public List<CriterionSeries> Series(IReadOnlyList<CriterionRow> criteria)
    {
        var targetsOf = _targets.Values.ToLookup(t => t.CriterionId, t => t.Id);
        return criteria
            .Select(c => new CriterionSeries(c.Id, c.Name, Dates
                .Select(d => OverallCompletion.Mean(targetsOf[c.Id].Select(t => CompletionOn(t, d)))?.Value)
                .ToList()))
            .ToList();
    }

    private double? CompletionOn(int targetId, DateOnly asOf)
    {
        var target = _targets[targetId];
        var latest = _points[targetId].LastOrDefault(p => p.AsOf <= asOf);
        return Completion.Of(_direction[target.CriterionId], target.TargetValue, latest?.Value);
    }
}
