namespace EmulationPortal.Domain.Campaigns;

/// <summary>How a criterion is measured.</summary>
public enum Measure
{
    Number = 0,
    Percentage = 1,
    YesNo = 2,
}
