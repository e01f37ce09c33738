using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Domain.Tests;

/// <summary>A small open drive in January 2021 with one criterion of each kind.</summary>
internal static class DomainBuilder
{
    public static DateOnly Today { get; } = new(2021, 1, 10);
    public static DateTime Now { get; } = new(2021, 1, 10, 3, 0, 0, DateTimeKind.Utc);

    public static Campaign OpenCampaign(bool leaderAcceptance = true)
    {
        var campaign = DraftCampaign();
        campaign.LeaderAcceptanceRequired = leaderAcceptance;
        campaign.Open(Now.AddDays(-12));
        return campaign;
    }

    public static Campaign DraftCampaign()
    {
        var campaign = new Campaign("Lập công dâng Đảng", CampaignKind.PeakDrive, ownerUnitId: 1,
            new CampaignPeriod(new(2021, 1, 1), new(2021, 2, 2), new(2021, 1, 20), new(2021, 1, 4)));
        campaign.AddCriterion("Tiến độ", null, Measure.Percentage, null, Direction.HigherIsBetter, 3);
        campaign.AddCriterion("Sản lượng", null, Measure.Number, "quả", Direction.HigherIsBetter, 2);
        campaign.AddCriterion("Sự cố", null, Measure.Number, "vụ", Direction.LowerIsBetter, 3);
        campaign.AddCriterion("Đạt chuẩn", null, Measure.YesNo, null, Direction.HigherIsBetter, 1);
        AssignIds(campaign);
        return campaign;
    }

    /// <summary>Gives the drive and its criteria the ids the store would (the domain addresses criteria by id).</summary>
    public static void AssignIds(Campaign campaign)
    {
        SetId(campaign, 1);
        for (var i = 0; i < campaign.Criteria.Count; i++)
        {
            SetId(campaign.Criteria[i], i + 1);
        }
    }

    private static void SetId(object entity, int id) => entity.GetType().GetProperty("Id")!.SetValue(entity, id);

    /// <summary>Commitments keyed by criterion, addressing criteria by position .</summary>
    public static Dictionary<int, double?> Commit(Campaign campaign, double? percentage) =>
        new() { [campaign.Criteria[0].Id] = percentage };
}
