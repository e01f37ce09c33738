using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>One drive's dashboard, on a drive the user may read: every unit for admins and the political department, the own subtree for a unit leader.</summary>
public sealed class CampaignDashboardQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<CampaignDashboard>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DashboardAccess.MayViewAsync(db, user, campaignId, ct) is { Succeeded: false } refused)
        {
            return Outcome<CampaignDashboard>.From(refused);
        }

        var visible = await db.VisibleUnitsAsync(user, ct);
        var dashboard = await CampaignDashboardReader.ReadAsync(db, user, campaignId, visible, clock.Today(), ct);
        return dashboard is null ? Outcome<CampaignDashboard>.From(Outcome.NotFound()) : Outcome<CampaignDashboard>.Ok(dashboard);
    }
}
