using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>What a step on a covenant works on, loaded in its transaction; <see cref="MemberUnitId"/> is the unit the user acts for.</summary>
internal sealed record CovenantScope(PortalDbContext Db, Covenant Covenant, EmulationCluster Cluster, int MemberUnitId);

/// <summary>
/// Runs one step on a covenant in one transaction: only a leader of a member unit acts (for their unit), the version the
/// user saw is checked where a step must not overwrite another's, it saves with its audit and maps refusals to outcomes.
/// </summary>
internal static class CovenantCommand
{
    /// <param name="version">The covenant version the user saw; null for steps each member takes for itself (signing, scoring, voting).</param>
    /// <param name="lockSql">Run first in the transaction: the write lock on a row the step must see unchanged until it commits.</param>
    public static async Task<Outcome<T>> RunAsync<T>(
        IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, int covenantId, Guid? version, Func<CovenantScope, Task<T>> step, CancellationToken ct, FormattableString? lockSql = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (lockSql is not null && await db.Database.ExecuteSqlAsync(lockSql, ct) == 0)
                {
                    return Outcome<T>.From(Outcome.Broken(new DomainRuleException("acclamation.notOpen", "This ballot round does not take ballots.")));
                }

                var covenant = await db.Covenants.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == covenantId, ct);
                var cluster = covenant is null ? null : await db.Clusters.SingleAsync(c => c.Id == covenant.ClusterId, ct);
                if (covenant is null || cluster is null)
                {
                    return Outcome<T>.From(Outcome.NotFound());
                }

                if (ClusterAccess.MemberUnitOf(user, cluster, covenant.Year) is not { } unit)
                {
                    return Outcome<T>.From(Outcome.Forbidden());
                }

                if (version is { } seen)
                {
                    db.Entry(covenant).Property(c => c.Version).OriginalValue = seen;
                    db.Entry(covenant).State = EntityState.Modified;
                }

                var value = await step(new CovenantScope(db, covenant, cluster, unit));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Outcome<T>.Ok(value);
            });
        }
        catch (DomainRuleException rule)
        {
            return Outcome<T>.From(Outcome.Broken(rule));
        }
        catch (Exception ex) when (SaveFailures.IsStoreFailure(ex))
        {
            return Outcome<T>.From(db.OutcomeOf(ex));
        }
    }
}
