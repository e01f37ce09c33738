using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// What a drive's dashboard shows has changed when this has: the drive's version and its change counter
/// (<see cref="DashboardChanges"/>, bumped in the transaction of every write that changes the figures), one row read by
/// its key, so a change saved by any portal instance sharing the database shows up without a message bus. Null for a
/// drive the user may not read.
/// </summary>
public sealed class DashboardChangeStamp(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Stamp(Guid Drive, long Changes);

    public async Task<Stamp?> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        if (!DashboardAccess.MayView(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Of(db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).ReadableBy(db, user)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The stamp whoever asks: the key of the shared <see cref="DashboardFactsCache"/> (access is checked before it is used).</summary>
    internal static Task<Stamp?> ReadAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        Of(db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)).SingleOrDefaultAsync(ct);

    /// <summary>The stamps of several drives in one query: what the shared <see cref="DashboardChangeNotifier"/> reads per tick.</summary>
    internal static async Task<Dictionary<int, Stamp>> ReadAsync(PortalDbContext db, IReadOnlyCollection<int> campaignIds, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .Select(c => new { c.Id, Stamp = new Stamp(c.Version, EF.Property<long>(c, DashboardChanges.Column)) })
            .ToDictionaryAsync(c => c.Id, c => c.Stamp, ct);

    private static IQueryable<Stamp?> Of(IQueryable<Domain.Campaigns.Campaign> drive) =>
        drive.Select(c => new Stamp(c.Version, EF.Property<long>(c, DashboardChanges.Column)));
}
