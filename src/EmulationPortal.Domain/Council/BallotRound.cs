using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Council;

/// <summary>
/// One vote of a session on one title's list (vòng bỏ phiếu): a secret ballot, counted from unlinked ballots when it
/// closes, or an open vote whose approvals the session records. Round 2 takes only the nominees round 1 left tied.
/// </summary>
public class BallotRound
{
    private BallotRound()
    {
    }

    internal BallotRound(AwardTitle title, int number, bool secret, IReadOnlyCollection<int> nominationIds)
    {
        Title = title;
        Number = number;
        Secret = secret;
        NominationIds = nominationIds.Order().ToList();
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public AwardTitle Title { get; private set; }

    /// <summary>1 or 2 (at most two rounds per title).</summary>
    public int Number { get; private set; }
    public bool Secret { get; private set; }
    public bool IsClosed { get; private set; }
    public List<int> NominationIds { get; private set; } = [];

    /// <summary>How many ballots were counted (or voters in an open vote); written ballots of absent members included.</summary>
    public int BallotsCounted { get; private set; }

    public List<NomineeTally> Tallies { get; private set; } = [];

    internal void Close(int ballotsCounted, List<NomineeTally> tallies)
    {
        if (IsClosed)
        {
            throw new DomainRuleException("council.ballot.closed", "The ballot round is closed.");
        }

        IsClosed = true;
        BallotsCounted = ballotsCounted;
        Tallies = tallies;
    }

    public IEnumerable<int> Tied => Tallies.Where(t => t.Result == VoteResult.Tied).Select(t => t.NominationId);
}
