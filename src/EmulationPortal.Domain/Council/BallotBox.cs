using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Council;

/// <summary>Takes a secret ballot: a present member's own, or an absent member's written one entered by the secretary; one per member and round.</summary>
public static class BallotBox
{
    /// <param name="ballotId">A random key (see <see cref="Ballot"/>).</param>
    /// <param name="alreadyVoted">Whether a <see cref="VoteRecord"/> of the voter for this round exists.</param>
    public static (VoteRecord Voted, Ballot Ballot) Cast(
        CouncilSession session, int ballotRoundId, SessionAttendee voter, bool inWriting, bool alreadyVoted, IReadOnlyCollection<int> approved, long ballotId, string receiptHash)
    {
        var round = session.OpenBallotRound;
        if (session.Status != SessionStatus.Open || round is null || round.Id != ballotRoundId || !round.Secret)
        {
            throw new DomainRuleException("council.ballot.notOpen", "This ballot round does not take ballots.");
        }

        if (!session.Attendees.Contains(voter) || voter.Present == inWriting)
        {
            throw new DomainRuleException("council.ballot.notVoter", "Present members vote themselves; the secretary enters only absent members' written votes.");
        }

        if (alreadyVoted)
        {
            throw new DomainRuleException("council.ballot.alreadyVoted", "This member has voted in this round.");
        }

        if (!approved.All(round.NominationIds.Contains) || approved.Distinct().Count() != approved.Count)
        {
            throw new DomainRuleException("council.ballot.notOnList", "A ballot approves only nominees of its list.");
        }

        return (new VoteRecord(round.Id, voter.Id, inWriting), new Ballot(ballotId, round.Id, approved, receiptHash));
    }
}
