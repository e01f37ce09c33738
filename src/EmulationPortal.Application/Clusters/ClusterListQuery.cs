using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>The clusters the user may see, with their latest covenant year.</summary>
public sealed class ClusterListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<IReadOnlyList<ClusterSummary>> ExecuteAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var years = await db.Covenants.GroupBy(c => c.ClusterId).Select(g => new { g.Key, Year = g.Max(c => c.Year) }).ToDictionaryAsync(g => g.Key, g => g.Year, ct);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var result = new List<ClusterSummary>();
        foreach (var cluster in clusters)
        {
            if (!await ClusterAccess.MaySeeAsync(db, user, cluster, ct))
            {
                continue;
            }

            var year = years.TryGetValue(cluster.Id, out var y) ? y : (int?)null;
            var members = year is { } at ? cluster.MembersIn(at) : [];
            result.Add(new ClusterSummary(cluster.Id, cluster.Name, cluster.Level, units[cluster.ManagingUnitId], year, members.Count,
                year is { } my ? ClusterAccess.MemberUnitOf(user, cluster, my) is { } unit ? cluster.RoleOf(unit, my) : null : null));
        }

        return result;
    }
}
