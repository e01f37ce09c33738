using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// The one shape of a change to a filed initiative: the initiative with its authors and votes at the version the user
/// saw, the caller's own access check, the domain's change, one audited save in one transaction; a refused rule, a
/// stale version or a failed save become the outcome.
/// </summary>
internal static class InitiativeChange
{
    public static async Task<Outcome> ApplyAsync(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, int initiativeId, Guid version,
        Func<PortalDbContext, Initiative, CancellationToken, Task<Outcome>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        return await db.GuardAsync(() => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var initiative = await db.Initiatives.Include(i => i.Authors).Include(i => i.Votes).SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
            if (initiative is null)
            {
                return Outcome.NotFound();
            }

            db.ExpectVersion(initiative, version);
            // A vote changes only a child row; the initiative's version still moves, so a stale page conflicts.
            db.Entry(initiative).State = EntityState.Modified;
            var outcome = await change(db, initiative, ct);
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome.Ok();
        }));
    }
}
