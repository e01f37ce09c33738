using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// The shown units as a tree, listed depth first (roots and children by code): each unit's headcount, participants
/// summed over its subtree, completion from the unit's own targets, and whether the unit is behind.
/// A pledge counts in the unit that owns it.
/// </summary>
internal sealed class UnitTree
{
    private readonly DashboardFacts _facts;
    private readonly ILookup<int, int> _children;
    private readonly Dictionary<int, int> _participants;
    private readonly Dictionary<int, int> _subtreeParticipants = [];

    public UnitTree(DashboardFacts facts)
    {
        _facts = facts;
        var units = facts.Units;
        _children = units.Values.Where(u => u.ParentId is { } p && units.ContainsKey(p)).ToLookup(u => u.ParentId!.Value, u => u.Id);
        _participants = facts.IndividualPledges.Where(i => IsLive(i.Status)).GroupBy(i => i.OrgUnitId).ToDictionary(g => g.Key, g => g.Sum(i => i.Count));
    }

    /// <summary>Live (submitted or accepted) individual pledges of the unit's own people.</summary>
    public int ParticipantsOf(int unitId) => _participants.GetValueOrDefault(unitId);

    public List<UnitFigure> Figures(IReadOnlyDictionary<(int Unit, int Criterion), TargetCell> cells, double elapsed)
    {
        var figures = new List<UnitFigure>();
        void Visit(int unitId, int depth)
        {
            figures.Add(Figure(_facts.Units[unitId], depth, cells, elapsed));
            foreach (var child in _children[unitId].OrderBy(id => _facts.Units[id].Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in _facts.Units.Values.Where(u => u.ParentId is not { } p || !_facts.Units.ContainsKey(p)).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            Visit(root.Id, 0);
        }

        return figures;
    }

    /// <summary>Behind: under the participation threshold, or completion short of the share of the period gone by.</summary>
    private UnitFigure Figure(UnitRow unit, int depth, IReadOnlyDictionary<(int Unit, int Criterion), TargetCell> cells, double elapsed)
    {
        var (staff, participants) = (_facts.Headcounts.Of(unit.Id), SubtreeParticipants(unit.Id));
        var unitCells = _facts.Criteria.Select(c => cells.GetValueOrDefault((unit.Id, c.Id)) ?? new TargetCell(c.Id, null, null, null)).ToList();
        var completion = OverallCompletion.Weighted(_facts.Criteria.Zip(unitCells).Where(x => x.Second.Target is not null).Select(x => (x.First.Weight, x.Second.Completion)));
        double? participation = staff == 0 ? null : (double)participants / staff;
        var behind = participation < CampaignDashboard.ParticipationThreshold || completion?.Value < elapsed;
        return new UnitFigure(unit.Id, unit.Code, unit.Name, unit.Kind, unit.ParentId, depth, staff, participants, unitCells, completion, behind);
    }

    private int SubtreeParticipants(int unitId)
    {
        if (!_subtreeParticipants.TryGetValue(unitId, out var total))
        {
            total = ParticipantsOf(unitId) + _children[unitId].Sum(SubtreeParticipants);
            _subtreeParticipants[unitId] = total;
        }

        return total;
    }

    private static bool IsLive(PledgeStatus status) => status is PledgeStatus.Submitted or PledgeStatus.Accepted;
}
