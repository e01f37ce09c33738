using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Targets;

/// <summary>The target a unit must reach on one criterion of a drive (chỉ tiêu giao cho đơn vị).</summary>
public class UnitTarget : IVersioned
{
    private UnitTarget()
    {
    }

    public UnitTarget(int campaignId, int orgUnitId, Criterion criterion, double targetValue)
    {
        CampaignId = campaignId;
        OrgUnitId = orgUnitId;
        CriterionId = criterion.Id;
        SetValue(criterion, targetValue);
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int CriterionId { get; private set; }
    public double TargetValue { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void SetValue(Criterion criterion, double value)
    {
        if (!criterion.Accepts(value))
        {
            throw new DomainRuleException("target.value.outOfRange", "The target does not fit the criterion's measure.");
        }

        TargetValue = value;
    }
}
