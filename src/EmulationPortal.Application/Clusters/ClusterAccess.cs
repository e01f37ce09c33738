using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Clusters;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// A member unit's leaders see their cluster and act for their unit in it; admins and the political department of the
/// managing unit (or above it) see every cluster it manages but change nothing; nobody else sees it.
/// </summary>
internal static class ClusterAccess
{
    /// <summary>The member unit the user acts for in the year: their own unit, if they lead it and it is a member.</summary>
    public static int? MemberUnitOf(ICurrentUser user, EmulationCluster cluster, int year) =>
        user.IsInRole(Roles.UnitLeader) && cluster.IsMember(user.OrgUnitId, year) ? user.OrgUnitId : null;

    /// <summary>Whether the user oversees the cluster: an admin, or the political department of a unit whose subtree holds the managing unit or is held by it.</summary>
    public static async Task<bool> OverseesAsync(PortalDbContext db, ICurrentUser user, EmulationCluster cluster, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (!user.IsInRole(Roles.PoliticalOfficer))
        {
            return false;
        }

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        return InLine(user.OrgUnitId, cluster.ManagingUnitId, parents) || InLine(cluster.ManagingUnitId, user.OrgUnitId, parents);
    }

    public static async Task<bool> MaySeeAsync(PortalDbContext db, ICurrentUser user, EmulationCluster cluster, CancellationToken ct) =>
        cluster.Memberships.Any(m => user.IsInRole(Roles.UnitLeader) && m.OrgUnitId == user.OrgUnitId) || await OverseesAsync(db, user, cluster, ct);

    /// <summary>Whether <paramref name="unit"/> is <paramref name="ancestor"/> or below it.</summary>
    private static bool InLine(int unit, int ancestor, IReadOnlyDictionary<int, int?> parents)
    {
        for (int? at = unit; at is { } id; at = parents.GetValueOrDefault(id))
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
