using EmulationPortal.Domain.Units;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>A unit of the generated tree, with the id the generator gives it.</summary>
internal sealed record PlannedUnit(int Id, OrgUnit Unit, int? ParentId);

/// <summary>
/// The tree of a general department: ~1% of the units are factories, ~9% workshops, the rest teams, each level spread
/// evenly over the one above. Units are built through the domain so codes and names are what the portal would store.
/// </summary>
internal static class OrganisationPlan
{
    public static IReadOnlyList<PlannedUnit> For(int units)
    {
        var root = new PlannedUnit(1, new OrgUnit("TCCNQP", "Tổng cục Công nghiệp Quốc phòng", OrgUnitKind.GeneralDepartment), null);
        var factories = Math.Max(1, units / 100);
        var workshops = Math.Max(factories, units * 9 / 100);
        var teams = Math.Max(0, units - 1 - factories - workshops);
        var plan = new List<PlannedUnit> { root };
        var factoryLevel = Level(plan, [root], factories, (_, n) => ($"Z{100 + n}", $"Nhà máy Z{100 + n}", OrgUnitKind.Factory));
        var workshopLevel = Level(plan, factoryLevel, workshops, (parent, n) => ($"{parent.Unit.Code}-PX{n}", $"Phân xưởng {n} – {parent.Unit.Name}", OrgUnitKind.Workshop));
        Level(plan, workshopLevel, teams, (parent, n) => ($"{parent.Unit.Code}-T{n}", $"Tổ {n} – {parent.Unit.Name}", OrgUnitKind.Team));
        return plan;
    }

    private static List<PlannedUnit> Level(List<PlannedUnit> plan, IReadOnlyList<PlannedUnit> parents, int count, Func<PlannedUnit, int, (string Code, string Name, OrgUnitKind Kind)> describe)
    {
        var level = new List<PlannedUnit>(count);
        for (var i = 0; i < count; i++)
        {
            var parent = parents[i % parents.Count];
            var (code, name, kind) = describe(parent, (i / parents.Count) + 1);
            var unit = new PlannedUnit(plan.Count + 1, new OrgUnit(code, name, kind, parent.Unit), parent.Id);
            plan.Add(unit);
            level.Add(unit);
        }

        return level;
    }
}
