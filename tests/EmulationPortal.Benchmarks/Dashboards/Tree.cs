using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>The hand-written side's roll-up: subtree totals and a depth-first listing (children by code), like the dashboard shows.</summary>
internal static class Tree
{
    public static List<UnitFigure> Figures(
        IReadOnlyDictionary<int, HandDashboardSql.UnitRow> units,
        IReadOnlyList<CriterionFigure> criteria,
        IReadOnlyDictionary<(int Unit, int Criterion), TargetCell> cells,
        double elapsed)
    {
        var children = units.Values.Where(u => u.ParentId is { } p && units.ContainsKey(p)).ToLookup(u => u.ParentId!.Value);
        var figures = new List<UnitFigure>();

        (int Staff, int Participants) Visit(HandDashboardSql.UnitRow unit, int depth)
        {
            var at = figures.Count;
            figures.Add(null!);
            var (staff, participants) = (unit.Staff, unit.Participants);
            foreach (var child in children[unit.Id].OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                var sub = Visit(child, depth + 1);
                (staff, participants) = (staff + sub.Staff, participants + sub.Participants);
            }

            var unitCells = criteria.Select(c => cells.GetValueOrDefault((unit.Id, c.CriterionId)) ?? new TargetCell(c.CriterionId, null, null, null)).ToList();
            var completion = OverallCompletion.Weighted(criteria.Select((c, i) => (c.Weight, unitCells[i])).Where(x => x.Item2.Target is not null).Select(x => (x.Weight, x.Item2.Completion)));
            double? participation = staff == 0 ? null : (double)participants / staff;
            var behind = participation < CampaignDashboard.ParticipationThreshold || completion?.Value < elapsed;
            figures[at] = new UnitFigure(unit.Id, unit.Code, unit.Name, unit.Kind, unit.ParentId, depth, staff, participants, unitCells, completion, behind);
            return (staff, participants);
        }

        foreach (var root in units.Values.Where(u => u.ParentId is not { } p || !units.ContainsKey(p)).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            Visit(root, 0);
        }

        return figures;
    }
}
