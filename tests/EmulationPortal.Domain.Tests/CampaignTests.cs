using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Tests;

public class CampaignTests
{
    [Fact]
    public void A_period_must_end_after_it_starts()
    {
        var error = Assert.Throws<DomainRuleException>(() => new CampaignPeriod(new(2021, 2, 2), new(2021, 1, 1), new(2021, 1, 15), null));
        Assert.Equal("campaign.period.endBeforeStart", error.Code);
    }

    [Fact]
    public void The_pledge_deadline_must_fall_inside_the_period()
    {
        var error = Assert.Throws<DomainRuleException>(() => new CampaignPeriod(new(2021, 1, 1), new(2021, 2, 2), new(2021, 3, 1), null));
        Assert.Equal("campaign.pledgeDeadline.outsidePeriod", error.Code);
    }

    [Fact]
    public void Opening_moves_a_draft_to_open_and_criteria_are_then_locked()
    {
        var campaign = DomainBuilder.DraftCampaign();

        campaign.Open(DomainBuilder.Now);

        Assert.Equal(CampaignStatus.Open, campaign.Status);
        var error = Assert.Throws<DomainRuleException>(() => campaign.AddCriterion("Mới", null, Measure.Number, null, Direction.HigherIsBetter, 1));
        Assert.Equal("campaign.criteria.locked", error.Code);
    }

    [Fact]
    public void A_drive_without_criteria_cannot_open()
    {
        var campaign = new Campaign("Trống", CampaignKind.Regular, 1, new CampaignPeriod(new(2021, 1, 1), new(2021, 2, 2), new(2021, 1, 20), null));

        Assert.Equal("campaign.open.noCriteria", Assert.Throws<DomainRuleException>(() => campaign.Open(DomainBuilder.Now)).Code);
    }

    [Fact]
    public void Lifecycle_runs_draft_open_closed_archived_and_never_backwards()
    {
        var campaign = DomainBuilder.OpenCampaign();
        Assert.Throws<DomainRuleException>(campaign.Archive);

        campaign.Close();
        campaign.Archive();

        Assert.Equal(CampaignStatus.Archived, campaign.Status);
        Assert.Throws<DomainRuleException>(campaign.Close);
    }

    [Fact]
    public void Pledges_are_accepted_only_while_open_and_until_the_pledge_deadline()
    {
        var campaign = DomainBuilder.OpenCampaign();

        Assert.True(campaign.AcceptsPledges(new(2021, 1, 20)));
        Assert.False(campaign.AcceptsPledges(new(2021, 1, 21)));
        Assert.False(DomainBuilder.DraftCampaign().AcceptsPledges(new(2021, 1, 10)));
    }

    [Fact]
    public void The_first_launch_of_a_sub_unit_is_the_one_on_record()
    {
        var campaign = DomainBuilder.OpenCampaign();
        campaign.AddParticipatingUnit(7);

        campaign.RecordLaunch(7, new DateTime(2021, 1, 3, 2, 0, 0, DateTimeKind.Utc));
        campaign.RecordLaunch(7, new DateTime(2021, 1, 9, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2021, 1, 3, 2, 0, 0, DateTimeKind.Utc), campaign.Units.Single().LaunchedAtUtc);
        Assert.Throws<DomainRuleException>(() => campaign.RecordLaunch(8, DomainBuilder.Now));
    }

    [Theory]
    [InlineData(Measure.Percentage, 100, true)]
    [InlineData(Measure.Percentage, 100.5, false)]
    [InlineData(Measure.Percentage, -1, false)]
    [InlineData(Measure.YesNo, 1, true)]
    [InlineData(Measure.YesNo, 0.5, false)]
    [InlineData(Measure.Number, 12_000, true)]
    [InlineData(Measure.Number, -3, false)]
    [InlineData(Measure.Number, double.NaN, false)]
    [InlineData(Measure.Number, double.PositiveInfinity, false)]
    public void A_criterion_accepts_only_values_that_fit_its_measure(Measure measure, double value, bool accepted)
    {
        var campaign = DomainBuilder.DraftCampaign();
        var criterion = campaign.AddCriterion("X", null, measure, null, Direction.HigherIsBetter, 1);

        Assert.Equal(accepted, criterion.Accepts(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void A_criterion_weight_must_be_positive(double weight) =>
        Assert.Throws<DomainRuleException>(() => DomainBuilder.DraftCampaign().AddCriterion("X", null, Measure.Number, null, Direction.HigherIsBetter, weight));
}
