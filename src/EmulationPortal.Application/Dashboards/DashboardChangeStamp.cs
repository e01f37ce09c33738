using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// A cheap fingerprint of what a drive's dashboard shows, read in one round trip. Open dashboards poll it every few
/// seconds and re-read the full read model only when it changes, so a change saved by any portal instance sharing the
/// database shows up without a message bus. Besides pledges, reports and launches it covers what reshapes the figures:
/// the target grid (sums of the values, also weighted by id so a value moved between units counts), criterion revisions,
/// people moving between units and units moved, closed or reopened in the tree. Null for a drive the user may not read.
/// </summary>
public sealed class DashboardChangeStamp(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Stamp(
        Guid Drive, int Pledges, int StatusSum, DateTime? LastSubmitted, DateTime? LastReviewed, long LastReport, int Launched,
        int Targets, double TargetSum, double TargetWeightedSum, int Revisions, long Membership, long Tree);

    public async Task<Stamp?> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        if (!DashboardAccess.MayView(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Of(db, db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).ReadableBy(db, user)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The stamp whoever asks: the key of the shared <see cref="DashboardFactsCache"/> (access is checked before it is used).</summary>
    internal static Task<Stamp?> ReadAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        Of(db, db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)).SingleOrDefaultAsync(ct);

    private static IQueryable<Stamp?> Of(PortalDbContext db, IQueryable<Domain.Campaigns.Campaign> drive) =>
        drive.Select(c => new Stamp(
                c.Version,
                db.Pledges.Count(p => p.CampaignId == c.Id),
                db.Pledges.Where(p => p.CampaignId == c.Id).Sum(p => (int)p.Status),
                db.Pledges.Where(p => p.CampaignId == c.Id).Max(p => p.SubmittedAtUtc),
                db.Pledges.Where(p => p.CampaignId == c.Id).Max(p => p.ReviewedAtUtc),
                db.ProgressReports.Where(r => r.CampaignId == c.Id).Max(r => (long?)r.Id) ?? 0,
                db.CampaignUnits.Count(u => u.CampaignId == c.Id && u.LaunchedAtUtc != null),
                db.UnitTargets.Count(t => t.CampaignId == c.Id),
                db.UnitTargets.Where(t => t.CampaignId == c.Id).Sum(t => t.TargetValue),
                db.UnitTargets.Where(t => t.CampaignId == c.Id).Sum(t => t.TargetValue * t.Id),
                db.CriterionRevisions.Count(r => r.CampaignId == c.Id),
                db.Users.Sum(u => (long)u.OrgUnitId * u.OrgUnitId) + db.Users.Sum(u => (long)u.OrgUnitId),
                db.OrgUnits.Sum(u => (long)(u.ParentId ?? 0) * u.Id) + db.OrgUnits.Count(u => u.IsActive)));
}
