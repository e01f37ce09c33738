using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Audit;

/// <summary>Walks the audit chain from the first entry and recomputes every hash; the first mismatch is where it was tampered with.</summary>
public sealed class VerifyAuditChain(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <param name="Checked">Entries verified.</param>
    /// <param name="BrokenAt">Sequence of the first entry whose hash or link does not match; null when the chain is intact.</param>
    public sealed record Result(long Checked, long? BrokenAt)
    {
        public bool Intact => BrokenAt is null;
    }

    public async Task<Outcome<Result>> RunAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<Result>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Outcome<Result>.Ok(await VerifyAsync(db, ct));
    }

    /// <summary>Streams the chain in sequence order: memory stays flat however long the history is.</summary>
    public static async Task<Result> VerifyAsync(PortalDbContext db, CancellationToken ct)
    {
        var previousHash = string.Empty;
        long expected = 1, checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previousHash || AuditHash.Of(entry) != entry.Hash)
            {
                return new Result(checkedCount, expected);
            }

            previousHash = entry.Hash;
            expected++;
            checkedCount++;
        }

        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(ct);
        return head.LastSequence == checkedCount && head.LastHash == previousHash
            ? new Result(checkedCount, null)
            : new Result(checkedCount, checkedCount + 1);
    }
}
