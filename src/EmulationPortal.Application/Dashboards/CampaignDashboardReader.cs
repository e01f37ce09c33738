using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Loads what a <see cref="CampaignDashboard"/> is made of with a handful of grouped queries (one per kind of figure,
/// never one per unit): counts per unit come from SQL; the small per-unit and per-target rows are rolled up over the
/// tree by <see cref="DashboardRollUp"/>. Only active participating units the user may see are shown; a unit's people
/// are its <see cref="UnitHeadcounts"/> (the figure every page shows); a pledge counts in the unit that owns it (which a running drive's pledge follows when its author moves, docs/adr/0005).
/// </summary>
internal static class CampaignDashboardReader
{
    /// <summary>Null when the drive does not exist or the user may not read it (<see cref="CampaignAccess"/>); read afresh, not cached.</summary>
    public static async Task<CampaignDashboard?> ReadAsync(PortalDbContext db, ICurrentUser user, int campaignId, IReadOnlySet<int> visibleUnits, DateOnly today, CancellationToken ct)
    {
        if (!await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).ReadableBy(db, user).AnyAsync(ct)
            || await ReadAsync(db, campaignId, ct) is not { } facts)
        {
            return null;
        }

        return DashboardRollUp.Build(For(facts, visibleUnits), today);
    }

    /// <summary>
    /// Null when the drive does not exist. Every active participating unit, whoever asks: the caller has checked access
    /// and cuts the facts to the viewer's units with <see cref="For"/>, so one read serves every open dashboard.
    /// </summary>
    public static async Task<DashboardFacts?> ReadAsync(PortalDbContext db, int campaignId, CancellationToken ct)
    {
        if (await DriveAsync(db, campaignId, ct) is not { } drive)
        {
            return null;
        }

        return new DashboardFacts(
            drive,
            await CriteriaAsync(db, campaignId, ct),
            await UnitsAsync(db, campaignId, ct),
            await UnitHeadcounts.LoadAsync(db, ct),
            await IndividualPledgesAsync(db, campaignId, ct),
            await CollectivePledgeUnitsAsync(db, campaignId, ct),
            await TargetsAsync(db, campaignId, ct),
            await PointsAsync(db, campaignId, ct));
    }

    /// <summary>The drive's facts as one viewer sees them: only the units it may see are shown.</summary>
    public static DashboardFacts For(DashboardFacts facts, IReadOnlySet<int> visibleUnits) =>
        facts with { Units = facts.Units.Values.Where(u => visibleUnits.Contains(u.Id)).ToDictionary(u => u.Id) };

    private static Task<DriveRow?> DriveAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .Select(c => new DriveRow(c.Id, c.Title, c.OwnerUnitId, c.StartDate, c.EndDate, c.PledgeDeadline, c.LaunchDeadline))
            .SingleOrDefaultAsync(ct);

    private static async Task<IReadOnlyList<CriterionRow>> CriteriaAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await db.Criteria.AsNoTracking()
            .Where(c => c.CampaignId == campaignId)
            .OrderBy(c => c.SortOrder)
            .Select(c => new CriterionRow(c.Id, c.Name, c.UnitOfMeasure, c.Direction, c.Weight))
            .ToListAsync(ct);

    /// <summary>The drive's active participating units.</summary>
    private static async Task<IReadOnlyDictionary<int, UnitRow>> UnitsAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await (
                from cu in db.CampaignUnits.AsNoTracking()
                join u in db.OrgUnits on cu.OrgUnitId equals u.Id
                where cu.CampaignId == campaignId && u.IsActive
                select new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.ParentId, cu.LaunchedAtUtc))
            .ToDictionaryAsync(u => u.Id, ct);

    private static async Task<IReadOnlyList<PledgeCount>> IndividualPledgesAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Individual)
            .GroupBy(p => new { p.OrgUnitId, p.Status })
            .Select(g => new PledgeCount(g.Key.OrgUnitId, g.Key.Status, g.Count()))
            .ToListAsync(ct);

    /// <summary>The unit of each live (submitted or accepted) collective pledge.</summary>
    private static async Task<IReadOnlyList<int>> CollectivePledgeUnitsAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Collective
                && (p.Status == PledgeStatus.Submitted || p.Status == PledgeStatus.Accepted))
            .Select(p => p.OrgUnitId)
            .ToListAsync(ct);

    private static async Task<IReadOnlyList<TargetRow>> TargetsAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await db.UnitTargets.AsNoTracking()
            .Where(t => t.CampaignId == campaignId)
            .Select(t => new TargetRow(t.Id, t.OrgUnitId, t.CriterionId, t.TargetValue))
            .ToListAsync(ct);

    /// <summary>
    /// The last report of each target on each as-of day (ties broken by Id), superseded ones aside: the current figure and the history.
    /// Reached through the drive's targets, so the database walks the (UnitTargetId, AsOf) index rather than every
    /// report of the drive (millions of them are on pledge items).
    /// </summary>
    private static async Task<IReadOnlyList<TargetPoint>> PointsAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await (
                from t in db.UnitTargets.AsNoTracking()
                join r in db.ProgressReports on t.Id equals r.UnitTargetId
                where t.CampaignId == campaignId
                    && !r.IsSuperseded
                    && r.Id == db.ProgressReports.Where(o => o.UnitTargetId == t.Id && o.AsOf == r.AsOf && !o.IsSuperseded).Max(o => o.Id)
                select new TargetPoint(t.Id, r.AsOf, r.Value))
            .ToListAsync(ct);
}
