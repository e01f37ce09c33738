using EmulationPortal.Application.Data;
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
}
