using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Access;

/// <summary>
/// The units a user may see: everything for admins and the political department, the own subtree for a unit
/// leader, the own unit for staff. The tree is small (thousands of rows at ministry scale), so it is walked in memory.
/// </summary>
public static class UnitScope
{
    public static async Task<IReadOnlySet<int>> VisibleUnitsAsync(this PortalDbContext db, ICurrentUser user, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer))
        {
            return units.Select(u => u.Id).ToHashSet();
        }

        if (!user.IsInRole(Roles.UnitLeader))
        {
            return new HashSet<int> { user.OrgUnitId };
        }

        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        return Subtree(user.OrgUnitId, children);
    }

    public static HashSet<int> Subtree(int rootId, ILookup<int, int> children)
    {
        var result = new HashSet<int>();
        var pending = new Stack<int>([rootId]);
        while (pending.TryPop(out var id))
        {
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }
}
