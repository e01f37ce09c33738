using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Which units a dashboard shows: all the viewer may see, or, drilled down to one unit, that unit's subtree within them.
/// A unit outside the viewer's units is refused (a leader drills only inside their own subtree); the path runs from the
/// top of what the viewer sees down to the unit, for the breadcrumb.
/// </summary>
internal static class DashboardScope
{
    public sealed record Scoped(IReadOnlySet<int> Units, DashboardFocus? Focus);

    public static async Task<Outcome<Scoped>> ResolveAsync(PortalDbContext db, ICurrentUser user, int? unitId, CancellationToken ct)
    {
        var visible = await db.VisibleUnitsAsync(user, ct);
        if (unitId is not { } id)
        {
            return Outcome<Scoped>.Ok(new Scoped(visible, null));
        }

        var units = await db.OrgUnits.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Code, u.Name)).ToDictionaryAsync(u => u.Id, ct);
        if (!units.TryGetValue(id, out var unit))
        {
            return Outcome<Scoped>.From(Outcome.NotFound());
        }

        if (!visible.Contains(id))
        {
            return Outcome<Scoped>.From(Outcome.Forbidden());
        }

        var children = units.Values.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var subtree = UnitScope.Subtree(id, children);
        subtree.IntersectWith(visible);
        return Outcome<Scoped>.Ok(new Scoped(subtree, new DashboardFocus(id, unit.Code, unit.Name, PathTo(unit, units, visible))));
    }

    /// <summary>The visible ancestors of the unit, topmost first (the unit itself not included).</summary>
    private static List<UnitCrumb> PathTo(UnitNode unit, Dictionary<int, UnitNode> units, IReadOnlySet<int> visible)
    {
        var path = new List<UnitCrumb>();
        var seen = new HashSet<int> { unit.Id };
        for (var parent = unit.ParentId; parent is { } p && units.TryGetValue(p, out var up) && visible.Contains(p) && seen.Add(p); parent = up.ParentId)
        {
            path.Add(new UnitCrumb(up.Id, up.Code, up.Name));
        }

        path.Reverse();
        return path;
    }

    private sealed record UnitNode(int Id, int? ParentId, string Code, string Name);
}
