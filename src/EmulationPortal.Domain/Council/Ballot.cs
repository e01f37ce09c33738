namespace EmulationPortal.Domain.Council;

/// <summary>
/// One secret ballot: the nominees it approves (the others of its list are rejected) and the hash of its receipt code.
/// It holds nothing that leads to its voter: no member, no time, and a random key, so not even the order of the rows
/// tells who cast it (docs/adr/0006-secret-ballot.md).
/// </summary>
public sealed class Ballot
{
    private Ballot()
    {
    }

    internal Ballot(long id, int ballotRoundId, IReadOnlyCollection<int> approved, string receiptHash)
    {
        Id = id;
        BallotRoundId = ballotRoundId;
        Approved = approved.Order().ToList();
        ReceiptHash = receiptHash;
    }

    public long Id { get; private set; }
    public int BallotRoundId { get; private set; }
    public List<int> Approved { get; private set; } = [];
    public string ReceiptHash { get; private set; } = string.Empty;
}

/// <summary>That a member voted in a ballot round (in person, or in writing through the secretary), never how.</summary>
public sealed class VoteRecord
{
    private VoteRecord()
    {
    }

    internal VoteRecord(int ballotRoundId, int attendeeId, bool inWriting)
    {
        BallotRoundId = ballotRoundId;
        AttendeeId = attendeeId;
        InWriting = inWriting;
    }

    public int Id { get; private set; }
    public int BallotRoundId { get; private set; }
    public int AttendeeId { get; private set; }

    /// <summary>An absent member's written vote, entered by the secretary.</summary>
    public bool InWriting { get; private set; }
}
