using System.Text.Encodings.Web;
using System.Text.Json;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Council;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EmulationPortal.Application.Audit;

/// <summary>
/// Turns the changes a <see cref="PortalDbContext"/> is about to save into chained <see cref="AuditEntry"/> rows written in
/// the same transaction. Captured before the save (old values), completed after it (keys the database generated).
/// </summary>
internal static class AuditTrail
{
    /// <summary>Never audited: the audit itself, key material, sign-in plumbing.</summary>
    private static readonly HashSet<Type> Unaudited =
        [typeof(AuditEntry), typeof(AuditChainHead), typeof(DataProtectionKey),
         typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<string>), typeof(Microsoft.AspNetCore.Identity.IdentityUserLogin<string>)];

    /// <summary>Secrets are recorded as "changed", never by value; counters that move on every sign-in are noise.</summary>
    private static readonly HashSet<string> Masked = [nameof(PortalUser.PasswordHash), nameof(PortalUser.SecurityStamp)];
    private static readonly HashSet<string> Ignored = [nameof(PortalUser.ConcurrencyStamp), nameof(PortalUser.AccessFailedCount)];

    /// <summary>
    /// Recorded without who, without the key and with only these values: a secret ballot's entry says that a ballot was
    /// cast in a round, never by whom nor how (docs/adr/0006-secret-ballot.md).
    /// </summary>
    private static readonly Dictionary<Type, string[]> Anonymous = new() { [typeof(Ballot)] = [nameof(Ballot.BallotRoundId)] };

    /// <summary>Vietnamese stays readable in the stored JSON; it is shown through Blazor's HTML encoding, never raw.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Pending(EntityEntry Entry, AuditAction Action, Dictionary<string, object?[]> Changes);

    public static List<Pending> Capture(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Unaudited.Contains(e.Metadata.ClrType))
            .Select(e => new Pending(e, ActionOf(e.State), ChangesOf(e)))
            .Where(p => p.Action != AuditAction.Modified || p.Changes.Count > 0)
            .ToList();

    /// <summary>
    /// Appends the entries to the chain; runs inside the caller's transaction, after the audited rows were saved. The
    /// entries and the head are written by SQL, not tracked, so a retried attempt of the same save sends only its own rows.
    /// </summary>
    public static async Task AppendAsync(PortalDbContext db, IReadOnlyList<Pending> pending, DateTime now, CancellationToken ct)
    {
        // Take the chain's write lock first (a no-op update), then read the head it protects.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHeads\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1", ct);
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);

        // Whole microseconds: PostgreSQL keeps no finer instant, and the stored time must be the hashed one on every store.
        now = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
        var entries = new List<AuditEntry>(pending.Count);
        foreach (var item in pending)
        {
            var type = item.Entry.Metadata.ClrType;
            var anonymous = Anonymous.GetValueOrDefault(type);
            var changes = anonymous is not null ? anonymous.ToDictionary(p => p, p => new[] { null, item.Entry.Property(p).CurrentValue })
                : item.Action == AuditAction.Created ? CreatedValues(item.Entry) : item.Changes;
            var entry = Sealed(head, now, anonymous is null ? db.ActingUserId : null, type.Name, anonymous is null ? KeyOf(item.Entry) : "-", item.Action, JsonSerializer.Serialize(changes, Json));
            entries.Add(entry);
            head.LastSequence = entry.Sequence;
            head.LastHash = entry.Hash;
        }

        await AuditRows.InsertAsync(db, entries, ct);
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHeads\" SET \"LastSequence\" = {head.LastSequence}, \"LastHash\" = {head.LastHash} WHERE \"Id\" = 1", ct);
    }

    private static AuditEntry Sealed(AuditChainHead head, DateTime now, string? userId, string type, string id, AuditAction action, string changes)
    {
        var sequence = head.LastSequence + 1;
        return new AuditEntry
        {
            Sequence = sequence,
            AtUtc = now,
            UserId = userId,
            EntityType = type,
            EntityId = id,
            Action = action,
            Changes = changes,
            PreviousHash = head.LastHash,
            Hash = AuditHash.Of(head.LastHash, sequence, now, userId, type, id, action, changes),
        };
    }

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    private static Dictionary<string, object?[]> ChangesOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Modified => entry.Properties
            .Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
            .ToDictionary(p => p.Metadata.Name, p => Masked.Contains(p.Metadata.Name) ? ["***", "***"] : new[] { p.OriginalValue, p.CurrentValue }),
        EntityState.Deleted => entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => Masked.Contains(p.Metadata.Name) ? ["***", null] : new[] { p.OriginalValue, null }),
        _ => [],
    };

    private static Dictionary<string, object?[]> CreatedValues(EntityEntry entry) => entry.Properties
        .Where(p => !Ignored.Contains(p.Metadata.Name) && p.CurrentValue is not null)
        .ToDictionary(p => p.Metadata.Name, p => Masked.Contains(p.Metadata.Name) ? [null, "***"] : new[] { null, p.CurrentValue });

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
