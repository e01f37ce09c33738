using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Clusters;

/// <summary>One ballot round of the acclamation: its candidates, the membership it counts against and, once closed, the votes each got.</summary>
public class AcclamationRound
{
    private AcclamationRound()
    {
    }

    internal AcclamationRound(int number, int membership, IReadOnlyCollection<int> candidates)
    {
        Number = number;
        Membership = membership;
        Candidates = candidates.Order().ToList();
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The member units of the year: the threshold is a share of them, not of those who voted.</summary>
    public int Membership { get; private set; }

    public List<int> Candidates { get; private set; } = [];
    public bool IsClosed { get; private set; }
    public int BallotsCounted { get; private set; }
    public List<AcclamationTally> Tallies { get; private set; } = [];

    internal void Close(IReadOnlyList<int> chosen)
    {
        if (IsClosed)
        {
            throw new DomainRuleException("acclamation.closed", "The ballot round is closed.");
        }

        IsClosed = true;
        BallotsCounted = chosen.Count;
        Tallies = Candidates.Select(c => new AcclamationTally(c, chosen.Count(u => u == c))).ToList();
    }
}

/// <summary>A candidate's votes in a closed round.</summary>
public sealed class AcclamationTally
{
    private AcclamationTally()
    {
    }

    public AcclamationTally(int unitId, int votes)
    {
        UnitId = unitId;
        Votes = votes;
    }

    public int UnitId { get; private set; }
    public int Votes { get; private set; }
}

/// <summary>
/// One member unit's secret ballot: the candidate it names and its receipt's hash, nothing that leads to the voter
/// (no unit, no time, a random key), as the council's <see cref="Council.Ballot"/> (docs/adr/0006-secret-ballot.md).
/// </summary>
public sealed class AcclamationBallot
{
    private AcclamationBallot()
    {
    }

    internal AcclamationBallot(long id, int roundId, int chosenUnitId, string receiptHash)
    {
        Id = id;
        RoundId = roundId;
        ChosenUnitId = chosenUnitId;
        ReceiptHash = receiptHash;
    }

    public long Id { get; private set; }
    public int RoundId { get; private set; }
    public int ChosenUnitId { get; private set; }
    public string ReceiptHash { get; private set; } = string.Empty;
}

/// <summary>That a member unit voted in a round, never how.</summary>
public sealed class AcclamationVoteRecord
{
    private AcclamationVoteRecord()
    {
    }

    internal AcclamationVoteRecord(int roundId, int orgUnitId)
    {
        RoundId = roundId;
        OrgUnitId = orgUnitId;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int OrgUnitId { get; private set; }
}
