using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reports;

/// <summary>The export of one drive, scoped like its dashboard (a unit leader gets their own subtree only).</summary>
public sealed class CampaignReportQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<CampaignReport>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DashboardAccess.MayViewAsync(db, user, campaignId, ct) is { Succeeded: false } refused)
        {
            return Outcome<CampaignReport>.From(refused);
        }

        var visible = await db.VisibleUnitsAsync(user, ct);
        if (await CampaignDashboardReader.ReadAsync(db, user, campaignId, visible, clock.Today(), ct) is not { } dashboard)
        {
            return Outcome<CampaignReport>.From(Outcome.NotFound());
        }

        // Like the dashboard: a pledge is listed under the unit that owns it (docs/adr/0005).
        var shown = dashboard.Units.Select(u => u.OrgUnitId).ToList();
        var pledges = await (
                from p in db.Pledges.AsNoTracking()
                join person in db.Users on p.UserId equals person.Id into authors
                from author in authors.DefaultIfEmpty()
                join unit in db.OrgUnits on p.OrgUnitId equals unit.Id
                where p.CampaignId == campaignId && shown.Contains(p.OrgUnitId)
                orderby unit.Code, p.Kind descending, author!.FullName
                select new PledgeLine(unit.Code, unit.Name, author != null ? author.FullName : null, author != null ? author.StaffCode : null, p.Kind, p.Status, p.SubmittedAtUtc))
            .ToListAsync(ct);

        return Outcome<CampaignReport>.Ok(new CampaignReport(dashboard, pledges));
    }
}
