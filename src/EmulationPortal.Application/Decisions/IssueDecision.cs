using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Issues a draft: the next number of the unit's series for the year, today's date, golden-book numbers and certificate
/// codes, and the round moves to Decided if it was in council; one transaction, audited.
/// </summary>
public sealed class IssueDecision(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    /// <summary>Two first issues of a unit's year may race to start its series; the loser starts again on the series the winner made.</summary>
    private const int Attempts = 3;

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, int decisionId, Guid version, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DecisionChange.ApplyAsync(dbFactory, user, decisionId, version, IssueAsync, ct);
            }
            catch (Exception failure) when (attempt < Attempts && SaveFailures.IsDuplicateKey(failure))
            {
            }
        }
    }

    private async Task IssueAsync(PortalDbContext db, AwardDecision decision, CancellationToken ct)
    {
        var round = await db.ReviewRounds.SingleAsync(r => r.Id == decision.RoundId, ct);
        var unitCode = await db.OrgUnits.Where(u => u.Id == decision.IssuingUnitId).Select(u => u.Code).SingleAsync(ct);
        var today = clock.Today();
        var sequence = await DecisionNumberSeries.NextAsync(db, decision.IssuingUnitId, today.Year, ct);
        decision.Issue(sequence, unitCode, today, db.ActingUserId!, clock.GetUtcNow().UtcDateTime, VerificationCode.New);
        await Initiatives.InitiativeConsumption.ConsumeAsync(db, decision, round, ct);
        if (round.Status == ReviewRoundStatus.Council)
        {
            round.Advance();
        }
    }
}
