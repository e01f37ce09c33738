using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// The head closes the open round: its ballots are counted against the whole membership with the flag's threshold, under
/// the round's row lock that every ballot takes too. A unit alone on top with the threshold is acclaimed.
/// </summary>
public sealed class CloseAcclamationRound(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public Task<Outcome<bool>> ExecuteAsync(ICurrentUser user, int covenantId, int roundId, Guid version, CancellationToken ct = default) =>
        CovenantCommand.RunAsync(dbFactory, user, covenantId, version, async scope =>
        {
            var chosen = await scope.Db.AcclamationBallots.Where(b => b.RoundId == roundId).Select(b => b.ChosenUnitId).ToListAsync(ct);
            var voted = await scope.Db.AcclamationVoteRecords.CountAsync(v => v.RoundId == roundId, ct);
            var threshold = await AcclamationRules.ThresholdAsync(scope.Db, scope.Covenant.Year, ct);
            scope.Covenant.CloseAcclamationRound(scope.Cluster, scope.MemberUnitId, roundId, chosen, voted, threshold);
            return true;
        }, ct, $"UPDATE \"AcclamationRounds\" SET \"BallotsCounted\" = \"BallotsCounted\" WHERE \"Id\" = {roundId} AND \"CovenantId\" = {covenantId} AND \"IsClosed\" = {false}");
}
