namespace EmulationPortal.Domain.Council;

/// <summary>What one ballot round made of a nominee.</summary>
public enum VoteResult
{
    Approved = 0,

    /// <summary>Fewer approvals than the title's threshold of the total membership.</summary>
    BelowThreshold = 1,

    /// <summary>Reached the threshold, but others of the same unit had more votes and the quota was full.</summary>
    OverQuota = 2,

    /// <summary>Reached the threshold, tied for the unit's last quota places: a second round, then the chair, decide.</summary>
    Tied = 3,
}

/// <summary>A nominee's count in a ballot round; <see cref="ByChair"/> when the chair broke the tie after the last round.</summary>
public sealed class NomineeTally
{
    private NomineeTally()
    {
    }

    public NomineeTally(int nominationId, int approvals, VoteResult result)
    {
        NominationId = nominationId;
        Approvals = approvals;
        Result = result;
    }

    public int NominationId { get; private set; }
    public int Approvals { get; private set; }
    public VoteResult Result { get; private set; }
    public bool ByChair { get; private set; }

    internal void DecideByChair(bool picked)
    {
        Result = picked ? VoteResult.Approved : VoteResult.OverQuota;
        ByChair = true;
    }
}

/// <summary>A unit's nominees for one title and the most of them its quota lets the council approve.</summary>
public sealed record QuotaGroup(int Limit, IReadOnlyCollection<int> NominationIds);
