namespace EmulationPortal.Domain.Campaigns;

public enum CampaignKind
{
    Regular = 0,
    Thematic = 1,
    PeakDrive = 2,
}
