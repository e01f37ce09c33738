using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Audit;

/// <summary>A page of the audit trail for admins, newest first, filtered by entity type, entity id, user and period.</summary>
public sealed class AuditLogQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Filter(string? EntityType, string? EntityId, string? UserEmail, DateTime? FromUtc, DateTime? ToUtc, int Skip = 0, int Take = 50);

    public sealed record Row(long Sequence, DateTime AtUtc, string? UserEmail, string EntityType, string EntityId, AuditAction Action, string Changes);

    /// <summary>A page of rows with the names of the units, people, drives and criteria they refer to (<see cref="AuditChangeFormatter"/>).</summary>
    public sealed record Page(IReadOnlyList<Row> Rows, int Total, AuditNames Names);

    public async Task<Outcome<Page>> RunAsync(ICurrentUser user, Filter filter, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<Page>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            entries = entries.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            entries = entries.Where(e => e.EntityId == filter.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.UserEmail))
        {
            var email = filter.UserEmail.Trim().ToUpperInvariant();
            entries = entries.Where(e => db.Users.Any(u => u.Id == e.UserId && u.NormalizedEmail!.Contains(email)));
        }

        if (filter.FromUtc is { } from)
        {
            entries = entries.Where(e => e.AtUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            entries = entries.Where(e => e.AtUtc < to);
        }

        var total = await entries.CountAsync(ct);
        var rows = await entries
            .OrderByDescending(e => e.Sequence)
            .Skip(filter.Skip)
            .Take(Math.Clamp(filter.Take, 1, 200))
            .Select(e => new Row(e.Sequence, e.AtUtc, db.Users.Where(u => u.Id == e.UserId).Select(u => u.Email).FirstOrDefault(), e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToListAsync(ct);
        return Outcome<Page>.Ok(new Page(rows, total, await NamesAsync(db, rows, ct)));
    }

    /// <summary>
    /// Units, drives and criteria are few and named in full; people only those the page's rows mention (a value that is
    /// a user id, or the key of a user's own entry), so a page reads at most one batch of names whatever the staff count.
    /// </summary>
    private static async Task<AuditNames> NamesAsync(PortalDbContext db, IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var mentioned = rows.SelectMany(r => AuditChangeFormatter.Texts(r.Changes).Append(r.EntityId)).Where(t => t.Length is >= 30 and <= 64).ToHashSet();
        return new AuditNames(
            await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct),
            await db.Users.AsNoTracking().Where(u => mentioned.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct),
            await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title, ct),
            await db.Criteria.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct));
    }

    /// <summary>The entity types present in the trail, for the filter's drop-down.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
