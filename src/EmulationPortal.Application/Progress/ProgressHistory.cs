using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>The report history of many pledge items or unit targets in one query, newest first.</summary>
internal static class ProgressHistory
{
    public static async Task<ILookup<int, ProgressEntry>> OfPledgeItemsAsync(this PortalDbContext db, IReadOnlyCollection<int> itemIds, CancellationToken ct) =>
        (await db.ProgressReports.AsNoTracking()
            .Where(r => r.PledgeItemId != null && itemIds.Contains(r.PledgeItemId.Value))
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.ReportedAtUtc)
            .Select(r => new { Key = r.PledgeItemId!.Value, Entry = new ProgressEntry(r.AsOf, r.Value, r.Note, db.Users.Where(u => u.Id == r.ReportedByUserId).Select(u => u.FullName).First(), r.ReportedAtUtc) })
            .ToListAsync(ct))
        .ToLookup(r => r.Key, r => r.Entry);

    public static async Task<ILookup<int, ProgressEntry>> OfUnitTargetsAsync(this PortalDbContext db, IReadOnlyCollection<int> targetIds, CancellationToken ct) =>
        (await db.ProgressReports.AsNoTracking()
            .Where(r => r.UnitTargetId != null && targetIds.Contains(r.UnitTargetId.Value))
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.ReportedAtUtc)
            .Select(r => new { Key = r.UnitTargetId!.Value, Entry = new ProgressEntry(r.AsOf, r.Value, r.Note, db.Users.Where(u => u.Id == r.ReportedByUserId).Select(u => u.FullName).First(), r.ReportedAtUtc) })
            .ToListAsync(ct))
        .ToLookup(r => r.Key, r => r.Entry);

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
}
