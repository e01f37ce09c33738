using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Decisions;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// The one shape of the decision's writes: access, the decision with its lines at the version the user saw, the domain's
/// change, one audited save in one transaction; a refused rule, a stale version or a failed save become the outcome.
/// </summary>
internal static class DecisionChange
{
    public static async Task<Outcome> ApplyAsync(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, int decisionId, Guid version,
        Func<PortalDbContext, AwardDecision, CancellationToken, Task> change, CancellationToken ct)
    {
        if (!DecisionAccess.MayManage(user))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);

        // In a transaction, so what the change reads under a lock (the number series) is held until the commit.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var decision = await db.AwardDecisions.Include(d => d.Lines).SingleOrDefaultAsync(d => d.Id == decisionId, ct);
            if (decision is null)
            {
                return Outcome.NotFound();
            }

            db.ExpectVersion(decision, version);
            return await db.GuardAsync(async () =>
            {
                await change(db, decision, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Outcome.Ok();
            });
        });
    }
}
