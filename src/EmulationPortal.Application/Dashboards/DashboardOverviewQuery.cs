using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>Every open drive the user may read that takes in a unit the user may see, each with its headline figures.</summary>
public sealed class DashboardOverviewQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<CampaignDashboard>>> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!DashboardAccess.MayView(user))
        {
            return Outcome<IReadOnlyList<CampaignDashboard>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await db.VisibleUnitsAsync(user, ct);
        var open = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Open)
            .ReadableBy(db, user)
            .OrderBy(c => c.EndDate)
            .Select(c => new { c.Id, Units = db.CampaignUnits.Where(u => u.CampaignId == c.Id).Select(u => u.OrgUnitId).ToList() })
            .ToListAsync(ct);

        // Open drives are few; each is read with the same grouped queries as its own dashboard.
        var today = clock.Today();
        var dashboards = new List<CampaignDashboard>();
        foreach (var drive in open.Where(d => d.Units.Exists(visible.Contains)))
        {
            if (await CampaignDashboardReader.ReadAsync(db, user, drive.Id, visible, today, ct) is { } dashboard)
            {
                dashboards.Add(dashboard);
            }
        }

        return Outcome<IReadOnlyList<CampaignDashboard>>.Ok(dashboards);
    }
}
