using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// The report history of many pledge items or unit targets in one query, newest first, superseded reports included
/// with the correction that replaced them (who, when, why).
/// </summary>
internal static class ProgressHistory
{
    public static Task<ILookup<int, ProgressEntry>> OfPledgeItemsAsync(this PortalDbContext db, IReadOnlyCollection<int> itemIds, CancellationToken ct) =>
        db.HistoryAsync(db.ProgressReports.Where(r => r.PledgeItemId != null && itemIds.Contains(r.PledgeItemId.Value)), r => r.PledgeItemId!.Value, ct);

    public static Task<ILookup<int, ProgressEntry>> OfUnitTargetsAsync(this PortalDbContext db, IReadOnlyCollection<int> targetIds, CancellationToken ct) =>
        db.HistoryAsync(db.ProgressReports.Where(r => r.UnitTargetId != null && targetIds.Contains(r.UnitTargetId.Value)), r => r.UnitTargetId!.Value, ct);

    /// <summary>
    /// A collective pledge has no reports of its own: each item reads the unit's reports on its target for the same
    /// criterion, so the pledge and the unit's progress page show the same figures. Keyed by the pledge item's id.
    /// </summary>
    public static async Task<ILookup<int, ProgressEntry>> OfCollectivePledgeAsync(this PortalDbContext db, Pledge pledge, CancellationToken ct)
    {
        var targets = await db.UnitTargets.AsNoTracking()
            .Where(t => t.CampaignId == pledge.CampaignId && t.OrgUnitId == pledge.OrgUnitId)
            .ToDictionaryAsync(t => t.CriterionId, t => t.Id, ct);
        var history = await db.OfUnitTargetsAsync(targets.Values.ToList(), ct);
        return pledge.Items
            .Where(i => targets.ContainsKey(i.CriterionId))
            .SelectMany(i => history[targets[i.CriterionId]].Select(entry => (i.Id, Entry: entry)))
            .ToLookup(x => x.Id, x => x.Entry);
    }

    private static async Task<ILookup<int, ProgressEntry>> HistoryAsync(this PortalDbContext db, IQueryable<ProgressReport> reports, Func<ProgressReport, int> key, CancellationToken ct)
    {
        var rows = await reports.AsNoTracking()
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.ReportedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new { Report = r, By = db.Users.Where(u => u.Id == r.ReportedByUserId).Select(u => u.FullName).First() })
            .ToListAsync(ct);

        // A correction is on the same item or target, so it is among the rows of the report it supersedes.
        var corrections = rows.Where(r => r.Report.CorrectsReportId is not null).ToDictionary(r => r.Report.CorrectsReportId!.Value);
        return rows.ToLookup(r => key(r.Report), r => new ProgressEntry(
            r.Report.Id, r.Report.Version, r.Report.AsOf, r.Report.Value, r.Report.Note, r.By, r.Report.ReportedAtUtc, r.Report.CorrectionReason,
            corrections.TryGetValue(r.Report.Id, out var by) ? new Supersession(by.By, by.Report.ReportedAtUtc, by.Report.CorrectionReason!) : null));
    }
}
