using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The political department moves a round one state on (Draft → Open → Council → Decided → Closed); audited. Entering
/// council freezes every verdict with the evidence it rests on, in the same transaction as the step.
/// </summary>
public sealed class AdvanceReviewRound(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, int roundId, Guid version, CancellationToken ct = default)
    {
        if (!ReviewAccess.MayManage(user))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var round = await db.ReviewRounds.SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return Outcome.NotFound();
        }

        if (round.Status == ReviewRoundStatus.Open)
        {
            var assessment = (await RoundAssessor.AssessAsync(db, roundId, ct))!;
            db.VerdictSnapshots.AddRange(VerdictSnapshots.Of(assessment, clock.GetUtcNow().UtcDateTime));
        }

        return await db.SaveAsync(round, version, round.Advance, ct);
    }
}
