namespace EmulationPortal.Domain.Pledges;

/// <summary>What the pledge commits to on one criterion.</summary>
public class PledgeItem
{
    private PledgeItem()
    {
    }

    internal PledgeItem(int criterionId, double? committedValue)
    {
        CriterionId = criterionId;
        CommittedValue = committedValue;
    }

    public int Id { get; private set; }
    public int PledgeId { get; private set; }
    public int CriterionId { get; private set; }
    /// <summary>Null while a draft names the criterion without a value yet; a submitted or accepted pledge always has one.</summary>
    public double? CommittedValue { get; internal set; }
}
