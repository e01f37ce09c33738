using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>
/// A present member casts their secret ballot, or the secretary enters an absent member's written one. Two rows are
/// saved: that the member voted, and the ballot with no link to them; the voter gets the receipt code. Nothing here
/// logs who voted together with how (docs/adr/0006-secret-ballot.md).
/// </summary>
public sealed class CastBallot(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <param name="approved">The nominations of the round's list the ballot approves; the others it rejects.</param>
    /// <param name="writtenForAttendeeId">The absent member whose written vote the secretary enters; null for one's own ballot.</param>
    /// <returns>The receipt code, shown once.</returns>
    public Task<Outcome<string>> ExecuteAsync(
        ICurrentUser user, int sessionId, int ballotRoundId, IReadOnlyCollection<int> approved, int? writtenForAttendeeId = null, CancellationToken ct = default) =>
        SessionCommand.RunAsync(dbFactory, user, sessionId, version: null, s => s.AttendeeOf(user.UserId) is not null, async scope =>
        {
            var session = scope.Session;
            var voter = writtenForAttendeeId is not { } absent ? session.AttendeeOf(user.UserId)!
                : session.AttendeeOf(user.UserId)!.Role == CouncilRole.Secretary ? session.Attendees.SingleOrDefault(a => a.Id == absent)
                : null;
            if (voter is null)
            {
                throw new DomainRuleException("council.ballot.secretaryOnly", "Only the secretary enters an absent member's written vote.");
            }

            var alreadyVoted = await scope.Db.VoteRecords.AnyAsync(v => v.BallotRoundId == ballotRoundId && v.AttendeeId == voter.Id, ct);
            var (code, hash) = BallotReceipt.New();
            var (voted, ballot) = BallotBox.Cast(session, ballotRoundId, voter, writtenForAttendeeId is not null, alreadyVoted, approved, BallotReceipt.NewBallotId(), hash);
            scope.Db.VoteRecords.Add(voted);
            scope.Db.Ballots.Add(ballot);
            return code;
        }, ct, $"UPDATE \"BallotRounds\" SET \"BallotsCounted\" = \"BallotsCounted\" WHERE \"Id\" = {ballotRoundId} AND \"SessionId\" = {sessionId} AND \"IsClosed\" = {false}");
}
