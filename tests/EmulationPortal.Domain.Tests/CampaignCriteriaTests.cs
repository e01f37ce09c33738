using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Tests;

public class CampaignCriteriaTests
{
    private static CriterionDefinition Define(Criterion c) => new(c.Id, c.Name, c.Description, c.Measure, c.UnitOfMeasure, c.Direction, c.Weight);

    [Fact]
    public void A_draft_takes_its_criteria_in_the_order_given_dropping_missing_ones_and_adding_new_ones()
    {
        var campaign = DomainBuilder.DraftCampaign();
        var first = campaign.Criteria[0];
        var third = campaign.Criteria[2];

        var removed = campaign.DefineCriteria(
        [
            Define(third) with { Weight = 5 },
            new CriterionDefinition(null, "An toàn", null, Measure.YesNo, null, Direction.HigherIsBetter, 1),
            Define(first),
        ]);

        Assert.Equal(2, removed.Count);
        Assert.Equal(["Sự cố", "An toàn", "Tiến độ"], campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Name));
        Assert.Equal(5, third.Weight);
    }

    [Fact]
    public void A_draft_marks_a_criterion_required_and_clears_it_again()
    {
        var campaign = DomainBuilder.DraftCampaign();

        campaign.DefineCriteria([.. campaign.Criteria.Select(c => Define(c) with { Required = c.SortOrder == 2 })]);
        Assert.Equal([false, true, false, false], campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Required));

        campaign.DefineCriteria([.. campaign.Criteria.Select(Define), new CriterionDefinition(null, "An toàn", null, Measure.YesNo, null, Direction.HigherIsBetter, 1, Required: true)]);
        Assert.Equal([false, false, false, false, true], campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Required));
    }

    [Fact]
    public void An_open_drive_refuses_a_silent_redefinition_but_accepts_its_criteria_unchanged()
    {
        var campaign = DomainBuilder.OpenCampaign();
        var same = campaign.Criteria.Select(Define).ToList();

        Assert.Empty(campaign.DefineCriteria(same));
        var error = Assert.Throws<DomainRuleException>(() => campaign.DefineCriteria([.. same.Skip(1)]));
        Assert.Equal("campaign.criteria.locked", error.Code);
        error = Assert.Throws<DomainRuleException>(() => campaign.DefineCriteria([same[0] with { Weight = 9 }, .. same.Skip(1)]));
        Assert.Equal("campaign.criteria.locked", error.Code);
    }

    [Fact]
    public void A_revision_of_an_open_drive_records_who_when_why_and_old_and_new_values()
    {
        var campaign = DomainBuilder.OpenCampaign();
        var criterion = campaign.Criteria[1];

        var revision = campaign.ReviseCriterion(criterion.Id, Define(criterion) with { Weight = 4, Name = "Sản lượng pháo hoa" }, "Theo chỉ đạo của Tổng cục", "admin", DomainBuilder.Now);

        Assert.Equal(4, criterion.Weight);
        Assert.Equal("Sản lượng pháo hoa", criterion.Name);
        Assert.Equal((2.0, 4.0), (revision.OldWeight, revision.NewWeight));
        Assert.Equal(("Sản lượng", "Sản lượng pháo hoa"), (revision.OldName, revision.NewName));
        Assert.Equal(("admin", DomainBuilder.Now, "Theo chỉ đạo của Tổng cục"), (revision.RevisedByUserId, revision.RevisedAtUtc, revision.Reason));
        Assert.Single(campaign.Revisions);
    }

    [Theory]
    [InlineData("", 4.0, Measure.Number, "criterion.revision.reasonRequired")]
    [InlineData("Lý do", 4.0, Measure.Percentage, "criterion.revision.measure")]
    [InlineData("Lý do", 2.0, Measure.Number, "criterion.revision.noChange")]
    [InlineData("Lý do", 0.0, Measure.Number, "criterion.weight.positive")]
    public void A_revision_needs_a_reason_a_real_change_the_same_measure_and_a_positive_weight(string reason, double weight, Measure measure, string code)
    {
        var campaign = DomainBuilder.OpenCampaign();
        var criterion = campaign.Criteria[1];

        var error = Assert.Throws<DomainRuleException>(() =>
            campaign.ReviseCriterion(criterion.Id, Define(criterion) with { Weight = weight, Measure = measure }, reason, "admin", DomainBuilder.Now));

        Assert.Equal(code, error.Code);
        Assert.Equal(2, criterion.Weight);
    }

    [Fact]
    public void A_draft_is_edited_not_revised()
    {
        var campaign = DomainBuilder.DraftCampaign();
        var criterion = campaign.Criteria[0];

        var error = Assert.Throws<DomainRuleException>(() => campaign.ReviseCriterion(criterion.Id, Define(criterion) with { Weight = 1 }, "x", "admin", DomainBuilder.Now));

        Assert.Equal("criterion.revision.notOpen", error.Code);
    }

    [Fact]
    public void Units_leave_only_a_draft()
    {
        var campaign = DomainBuilder.DraftCampaign();
        campaign.SetParticipatingUnits(new HashSet<int> { 2, 3 });
        campaign.SetParticipatingUnits(new HashSet<int> { 3, 4 });
        Assert.Equal([3, 4], campaign.Units.Select(u => u.OrgUnitId).Order());

        campaign.Open(DomainBuilder.Now);
        campaign.SetParticipatingUnits(new HashSet<int> { 3, 4, 5 });
        var error = Assert.Throws<DomainRuleException>(() => campaign.SetParticipatingUnits(new HashSet<int> { 3 }));
        Assert.Equal("campaign.units.locked", error.Code);
    }

    [Fact]
    public void A_closed_drive_cannot_be_described_again()
    {
        var campaign = DomainBuilder.OpenCampaign();
        campaign.Close();

        var error = Assert.Throws<DomainRuleException>(() => campaign.Describe("Mới", CampaignKind.Regular, 1, campaign.Period));

        Assert.Equal("campaign.edit.closed", error.Code);
    }

    [Fact]
    public void A_unit_launches_only_under_an_open_drive_and_the_first_launch_stays_on_record()
    {
        var draft = DomainBuilder.DraftCampaign();
        draft.AddParticipatingUnit(7);
        Assert.Equal("campaign.launch.notOpen", Assert.Throws<DomainRuleException>(() => draft.RecordLaunch(7, DomainBuilder.Now)).Code);

        var open = DomainBuilder.OpenCampaign();
        open.AddParticipatingUnit(7);
        open.RecordLaunch(7, DomainBuilder.Now);
        open.RecordLaunch(7, DomainBuilder.Now.AddDays(1));
        Assert.Equal(DomainBuilder.Now, open.Units.Single().LaunchedAtUtc);
    }

    [Theory]
    [InlineData("2021-01-04", "2021-01-12", LaunchState.OnTime)]
    [InlineData("2021-01-07", "2021-01-12", LaunchState.Late)]
    [InlineData(null, "2021-01-03", LaunchState.Pending)]
    [InlineData(null, "2021-01-05", LaunchState.Missed)]
    public void A_launch_is_judged_by_day_against_the_deadline(string? launchedOn, string today, LaunchState expected)
    {
        DateOnly? launched = launchedOn is null ? null : DateOnly.Parse(launchedOn, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, CampaignUnit.StateOf(launched, new DateOnly(2021, 1, 4), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
