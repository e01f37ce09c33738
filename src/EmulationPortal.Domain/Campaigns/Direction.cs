namespace EmulationPortal.Domain.Campaigns;

public enum Direction
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
}
