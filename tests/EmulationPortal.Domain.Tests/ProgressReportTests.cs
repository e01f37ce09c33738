using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Domain.Tests;

public class ProgressReportTests
{
    private readonly Domain.Campaigns.Campaign _campaign = DomainBuilder.OpenCampaign();

    [Fact]
    public void A_report_keeps_its_value_date_and_note()
    {
        var report = ProgressReport.OnPledgeItem(_campaign, _campaign.Criteria[1], 5, 1200, new(2021, 1, 8), DomainBuilder.Today, " Đã xong lô 1 ", "u1", DomainBuilder.Now);

        Assert.Equal(1200, report.Value);
        Assert.Equal("Đã xong lô 1", report.Note);
        Assert.Equal(5, report.PledgeItemId);
        Assert.Null(report.UnitTargetId);
    }

    [Fact]
    public void A_report_dated_in_the_future_or_outside_the_period_is_refused()
    {
        Assert.Equal("progress.asOf.outsidePeriod", Assert.Throws<DomainRuleException>(() =>
            ProgressReport.OnUnitTarget(_campaign, _campaign.Criteria[1], 1, 5, new(2021, 1, 11), DomainBuilder.Today, null, "u", DomainBuilder.Now)).Code);
        Assert.Equal("progress.asOf.outsidePeriod", Assert.Throws<DomainRuleException>(() =>
            ProgressReport.OnUnitTarget(_campaign, _campaign.Criteria[1], 1, 5, new(2020, 12, 31), DomainBuilder.Today, null, "u", DomainBuilder.Now)).Code);
    }

    [Fact]
    public void A_percentage_over_100_is_refused() =>
        Assert.Equal("progress.value.outOfRange", Assert.Throws<DomainRuleException>(() =>
            ProgressReport.OnPledgeItem(_campaign, _campaign.Criteria[0], 1, 101, DomainBuilder.Today, DomainBuilder.Today, null, "u", DomainBuilder.Now)).Code);

    [Fact]
    public void A_closed_drive_takes_no_more_reports()
    {
        _campaign.Close();

        Assert.Equal("progress.campaign.closed", Assert.Throws<DomainRuleException>(() =>
            ProgressReport.OnPledgeItem(_campaign, _campaign.Criteria[0], 1, 50, DomainBuilder.Today, DomainBuilder.Today, null, "u", DomainBuilder.Now)).Code);
    }
}
