namespace EmulationPortal.Domain.Campaigns;

public enum CampaignStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
    Archived = 3,
}
