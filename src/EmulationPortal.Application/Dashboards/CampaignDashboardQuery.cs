using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// One drive's dashboard, on a drive the user may read: every unit for admins and the political department, the own
/// subtree for a unit leader. The figures come from the process-wide <see cref="DashboardFactsCache"/> behind the
/// drive's change stamp, so every open dashboard of a drive shares one read per change; access and the viewer's units
/// are decided afresh on every call.
/// </summary>
public sealed class CampaignDashboardQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, DashboardFactsCache cache) : IUseCase
{
    public Task<Outcome<CampaignDashboard>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default) =>
        ForAsync(user, campaignId, null, ct);

    /// <summary>Drilled down to <paramref name="unitId"/>'s subtree (<see cref="DashboardScope"/>), or every unit the user may see when null.</summary>
    public async Task<Outcome<CampaignDashboard>> ForAsync(ICurrentUser user, int campaignId, int? unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DashboardAccess.MayViewAsync(db, user, campaignId, ct) is { Succeeded: false } refused)
        {
            return Outcome<CampaignDashboard>.From(refused);
        }

        var scope = await DashboardScope.ResolveAsync(db, user, unitId, ct);
        if (!scope.Succeeded)
        {
            return Outcome<CampaignDashboard>.From(scope);
        }

        var visible = scope.Value!.Units;
        var facts = await DashboardChangeStamp.ReadAsync(db, campaignId, ct) is { } stamp
            ? await cache.GetAsync(campaignId, stamp, () => LoadAsync(campaignId))
            : null;
        if (facts is null)
        {
            return Outcome<CampaignDashboard>.From(Outcome.NotFound());
        }

        var today = clock.Today();
        var shown = facts.Units.Keys.Where(visible.Contains).Order();
        var view = $"{today:O}|{string.Join(',', shown)}";
        var dashboard = cache.View(facts, view, () => DashboardRollUp.Build(CampaignDashboardReader.For(facts, visible), today));
        return Outcome<CampaignDashboard>.Ok(scope.Value.Focus is { } focus ? dashboard with { Focus = focus } : dashboard);
    }

    /// <summary>On a context of its own and without the caller's token: the read is shared by every viewer waiting for it.</summary>
    private async Task<DashboardFacts?> LoadAsync(int campaignId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await CampaignDashboardReader.ReadAsync(db, campaignId, CancellationToken.None);
    }
}
