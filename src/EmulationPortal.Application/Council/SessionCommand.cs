using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>What a step of a session works on, loaded in its transaction.</summary>
internal sealed record SessionScope(PortalDbContext Db, CouncilSession Session, ReviewRound Round, RuleBook Book)
{
    /// <summary>The agenda: the round's accepted nominations.</summary>
    public Task<List<Nomination>> AgendaAsync(CancellationToken ct) =>
        Db.Nominations.Where(n => n.RoundId == Round.Id && n.Status == NominationStatus.Accepted).OrderBy(n => n.Id).ToListAsync(ct);

    /// <summary>Each nominating unit's quota for the title over its subtree, for the nominees of the title it proposed.</summary>
    public async Task<IReadOnlyList<QuotaGroup>> QuotasAsync(AwardTitle title, CancellationToken ct)
    {
        var assessment = (await RoundAssessor.AssessAsync(Db, Round.Id, ct))!;
        return (await AgendaAsync(ct)).Where(n => n.Title == title).GroupBy(n => n.NominatingUnitId)
            .Select(g => (Limit: assessment.QuotasOf(g.Key).FirstOrDefault(q => q.Title == title)?.Limit, Ids: g.Select(n => n.Id).ToList()))
            .Where(g => g.Limit is not null)
            .Select(g => new QuotaGroup(g.Limit!.Value, g.Ids))
            .ToList();
    }
}

/// <summary>
/// Runs one step of a session in one transaction: loads it, lets only those the step admits act, checks the version the
/// user saw (so the chair and the secretary do not overwrite each other), saves with its audit, maps refusals to outcomes.
/// </summary>
internal static class SessionCommand
{
    /// <param name="version">The session version the user saw; null for a ballot, which must not conflict with other voters'.</param>
    /// <param name="lockSql">Run first in the transaction: takes the write lock on the row a step must see unchanged until it commits.</param>
    public static async Task<Outcome<T>> RunAsync<T>(
        IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, int sessionId, Guid? version, Func<CouncilSession, bool> admits,
        Func<SessionScope, Task<T>> step, CancellationToken ct, FormattableString? lockSql = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        return await db.GuardAsync(async () =>
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (lockSql is not null && await db.Database.ExecuteSqlAsync(lockSql, ct) == 0)
                {
                    return Outcome<T>.From(Outcome.Broken(new DomainRuleException("council.ballot.notOpen", "This ballot round does not take ballots.")));
                }

                var session = await db.CouncilSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
                if (session is null || !admits(session))
                {
                    return Outcome<T>.From(session is null ? Outcome.NotFound() : Outcome.Forbidden());
                }

                if (version is { } seen)
                {
                    // A step on the session's parts still renews the session's version, so the other runner's stale page conflicts.
                    db.ExpectVersion(session, seen);
                    db.Entry(session).State = EntityState.Modified;
                }

                var round = await db.ReviewRounds.SingleAsync(r => r.Id == session.RoundId, ct);
                var book = (await db.RuleSets.AsNoTracking().SingleAsync(r => r.Id == round.RuleSetId, ct)).Book;
                var value = await step(new SessionScope(db, session, round, book));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Outcome<T>.Ok(value);
            });
        });
    }
}
