using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>
/// A change to a criterion after the drive opened: who, when, why, and the values before and after, so a review
/// years later can see the drive's rules were not rewritten silently.
/// </summary>
public class CriterionRevision
{
    private CriterionRevision()
    {
    }

    internal CriterionRevision(Criterion before, CriterionDefinition after, string reason, string revisedByUserId, DateTime revisedAtUtc)
    {
        if (UserText.Normalize(reason).Length == 0)
        {
            throw new DomainRuleException("criterion.revision.reasonRequired", "A change to an open drive's criterion needs a reason.");
        }

        CriterionId = before.Id;
        Reason = UserText.Normalize(reason);
        RevisedByUserId = revisedByUserId;
        RevisedAtUtc = revisedAtUtc;
        OldName = before.Name;
        NewName = UserText.Normalize(after.Name);
        OldDescription = before.Description;
        NewDescription = UserText.NormalizeOptional(after.Description);
        OldUnitOfMeasure = before.UnitOfMeasure;
        NewUnitOfMeasure = UserText.NormalizeOptional(after.UnitOfMeasure);
        OldDirection = before.Direction;
        NewDirection = after.Direction;
        OldWeight = before.Weight;
        NewWeight = after.Weight;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int CriterionId { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public string RevisedByUserId { get; private set; } = string.Empty;
    public DateTime RevisedAtUtc { get; private set; }
    public string OldName { get; private set; } = string.Empty;
    public string NewName { get; private set; } = string.Empty;
    public string? OldDescription { get; private set; }
    public string? NewDescription { get; private set; }
    public string? OldUnitOfMeasure { get; private set; }
    public string? NewUnitOfMeasure { get; private set; }
    public Direction OldDirection { get; private set; }
    public Direction NewDirection { get; private set; }
    public double OldWeight { get; private set; }
    public double NewWeight { get; private set; }
}
