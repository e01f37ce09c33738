using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// A member unit's leader casts the unit's secret ballot for the leading unit. As in the council, two rows are saved that
/// share only the round: that the unit voted, and the ballot, with a random key and the hash of the receipt code the
/// leader gets back (docs/adr/0006-secret-ballot.md). The round's row is locked so no ballot slips in after the count.
/// </summary>
public sealed class CastAcclamationBallot(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <returns>The receipt code, shown once.</returns>
    public Task<Outcome<string>> ExecuteAsync(ICurrentUser user, int covenantId, int roundId, int chosenUnitId, CancellationToken ct = default) =>
        CovenantCommand.RunAsync(dbFactory, user, covenantId, version: null, async scope =>
        {
            var alreadyVoted = await scope.Db.AcclamationVoteRecords.AnyAsync(v => v.RoundId == roundId && v.OrgUnitId == scope.MemberUnitId, ct);
            var (code, hash) = BallotReceipt.New();
            var (voted, ballot) = scope.Covenant.CastAcclamation(scope.Cluster, roundId, scope.MemberUnitId, alreadyVoted, chosenUnitId, BallotReceipt.NewBallotId(), hash);
            scope.Db.AcclamationVoteRecords.Add(voted);
            scope.Db.AcclamationBallots.Add(ballot);
            return code;
        }, ct, $"UPDATE \"AcclamationRounds\" SET \"BallotsCounted\" = \"BallotsCounted\" WHERE \"Id\" = {roundId} AND \"CovenantId\" = {covenantId} AND \"IsClosed\" = {false}");
}
