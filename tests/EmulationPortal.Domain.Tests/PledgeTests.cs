using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;

namespace EmulationPortal.Domain.Tests;

public class PledgeTests
{
    private readonly Domain.Campaigns.Campaign _campaign = DomainBuilder.OpenCampaign();

    private Pledge WrittenPledge()
    {
        var pledge = Pledge.Individual(_campaign, orgUnitId: 3, userId: "u1");
        pledge.Write(_campaign, DomainBuilder.Today, "Hoàn thành đúng tiến độ", DomainBuilder.Commit(_campaign, 100));
        return pledge;
    }

    private Pledge SubmittedPledge()
    {
        var pledge = WrittenPledge();
        pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now);
        return pledge;
    }

    [Fact]
    public void A_submitted_pledge_waits_for_the_leader_when_acceptance_is_required()
    {
        var pledge = SubmittedPledge();

        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
        Assert.Equal(DomainBuilder.Now, pledge.SubmittedAtUtc);
    }

    [Fact]
    public void Without_leader_acceptance_a_submitted_pledge_is_accepted_at_once()
    {
        var campaign = DomainBuilder.OpenCampaign(leaderAcceptance: false);
        var pledge = Pledge.Individual(campaign, 3, "u1");
        pledge.Write(campaign, DomainBuilder.Today, "Kế hoạch", DomainBuilder.Commit(campaign, 90));

        pledge.Submit(campaign, DomainBuilder.Today, DomainBuilder.Now);

        Assert.Equal(PledgeStatus.Accepted, pledge.Status);
    }

    [Fact]
    public void Returning_needs_a_reason_and_the_owner_can_resubmit()
    {
        var pledge = SubmittedPledge();
        Assert.Equal("pledge.return.reasonRequired", Assert.Throws<DomainRuleException>(() => pledge.Return("lead", DomainBuilder.Now, " ")).Code);

        pledge.Return("lead", DomainBuilder.Now, "Bổ sung biện pháp");
        Assert.Equal(PledgeStatus.Returned, pledge.Status);
        Assert.Equal("Bổ sung biện pháp", pledge.ReturnReason);

        pledge.Write(_campaign, DomainBuilder.Today, "Kế hoạch chi tiết hơn", DomainBuilder.Commit(_campaign, 100));
        pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now);
        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
        Assert.Null(pledge.ReturnReason);
    }

    [Fact]
    public void A_returned_pledge_resubmitted_no_longer_names_the_leader_who_returned_it()
    {
        var pledge = SubmittedPledge();
        pledge.Return("lead", DomainBuilder.Now, "Bổ sung biện pháp");

        pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now.AddHours(1));

        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
        Assert.Null(pledge.ReviewedByUserId);
        Assert.Null(pledge.ReviewedAtUtc);
    }

    [Fact]
    public void Amending_an_accepted_pledge_sends_it_back_to_review()
    {
        var pledge = SubmittedPledge();
        pledge.Accept("lead", DomainBuilder.Now);

        pledge.Amend(_campaign, DomainBuilder.Today, DomainBuilder.Now, "Nâng chỉ tiêu", DomainBuilder.Commit(_campaign, 100));

        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
        Assert.Null(pledge.ReviewedByUserId);
    }

    [Fact]
    public void Only_a_submitted_pledge_can_be_reviewed()
    {
        var draft = WrittenPledge();

        Assert.Equal("pledge.review.notSubmitted", Assert.Throws<DomainRuleException>(() => draft.Accept("lead", DomainBuilder.Now)).Code);
        Assert.Equal("pledge.review.notSubmitted", Assert.Throws<DomainRuleException>(() => draft.Return("lead", DomainBuilder.Now, "x")).Code);
    }

    [Fact]
    public void A_submitted_pledge_cannot_be_edited_as_a_draft()
    {
        var pledge = SubmittedPledge();

        var error = Assert.Throws<DomainRuleException>(() => pledge.Write(_campaign, DomainBuilder.Today, "x", DomainBuilder.Commit(_campaign, 50)));
        Assert.Equal("pledge.write.notEditable", error.Code);
    }

    [Fact]
    public void After_the_pledge_deadline_nothing_can_be_written_or_submitted()
    {
        var pledge = WrittenPledge();
        var afterDeadline = new DateOnly(2021, 1, 21);

        Assert.Equal("pledge.campaign.closed", Assert.Throws<DomainRuleException>(() => pledge.Submit(_campaign, afterDeadline, DomainBuilder.Now)).Code);
        Assert.Equal("pledge.campaign.closed", Assert.Throws<DomainRuleException>(() => pledge.Write(_campaign, afterDeadline, "x", new Dictionary<int, double?>())).Code);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_measure_is_refused_and_nothing_changes()
    {
        var pledge = WrittenPledge();

        var error = Assert.Throws<DomainRuleException>(() => pledge.Write(_campaign, DomainBuilder.Today, "Khác", DomainBuilder.Commit(_campaign, 140)));

        Assert.Equal("pledge.item.outOfRange", error.Code);
        Assert.Equal(100, pledge.Items.Single().CommittedValue);
        Assert.Equal("Hoàn thành đúng tiến độ", pledge.ActionProgramme);
    }

    [Fact]
    public void An_action_programme_over_4000_characters_is_refused() =>
        Assert.Equal("pledge.actionProgramme.tooLong", Assert.Throws<DomainRuleException>(() =>
            WrittenPledge().Write(_campaign, DomainBuilder.Today, new string('a', 4001), DomainBuilder.Commit(_campaign, 1))).Code);

    [Fact]
    public void A_pledge_without_an_action_programme_cannot_be_submitted()
    {
        var pledge = Pledge.Individual(_campaign, 3, "u1");
        pledge.Write(_campaign, DomainBuilder.Today, "   ", DomainBuilder.Commit(_campaign, 100));

        Assert.Equal("pledge.actionProgramme.required", Assert.Throws<DomainRuleException>(() => pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now)).Code);
    }

    [Fact]
    public void A_draft_keeps_a_criterion_ticked_without_a_value_and_an_empty_action_programme()
    {
        var pledge = Pledge.Individual(_campaign, 3, "u1");

        pledge.Write(_campaign, DomainBuilder.Today, "", new Dictionary<int, double?> { [_campaign.Criteria[0].Id] = 90, [_campaign.Criteria[1].Id] = null });

        Assert.Equal(PledgeStatus.Draft, pledge.Status);
        Assert.Equal([(1, (double?)90), (2, null)], pledge.Items.Select(i => (i.CriterionId, i.CommittedValue)));
        Assert.Equal("", pledge.ActionProgramme);
    }

    [Fact]
    public void A_draft_with_a_ticked_criterion_left_empty_cannot_be_submitted_until_it_has_a_value()
    {
        var pledge = Pledge.Individual(_campaign, 3, "u1");
        pledge.Write(_campaign, DomainBuilder.Today, "Kế hoạch", new Dictionary<int, double?> { [_campaign.Criteria[0].Id] = 90, [_campaign.Criteria[1].Id] = null });

        var error = Assert.Throws<DomainRuleException>(() => pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now));
        Assert.Equal(("pledge.item.required", PledgeStatus.Draft), (error.Code, pledge.Status));

        pledge.Write(_campaign, DomainBuilder.Today, "Kế hoạch", new Dictionary<int, double?> { [_campaign.Criteria[0].Id] = 90, [_campaign.Criteria[1].Id] = 500 });
        pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now);
        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
    }

    [Fact]
    public void A_draft_with_no_criterion_ticked_is_kept_but_cannot_be_submitted()
    {
        var pledge = Pledge.Individual(_campaign, 3, "u1");
        pledge.Write(_campaign, DomainBuilder.Today, "Kế hoạch", new Dictionary<int, double?>());

        Assert.Equal("pledge.submit.noItems", Assert.Throws<DomainRuleException>(() => pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now)).Code);
    }

    [Fact]
    public void Amending_with_a_criterion_left_empty_is_refused_and_the_submitted_values_stay()
    {
        var pledge = SubmittedPledge();

        var error = Assert.Throws<DomainRuleException>(() =>
            pledge.Amend(_campaign, DomainBuilder.Today, DomainBuilder.Now, "Nâng chỉ tiêu", DomainBuilder.Commit(_campaign, null)));

        Assert.Equal("pledge.item.required", error.Code);
        Assert.Equal(100, pledge.Items.Single().CommittedValue);
        Assert.Equal("Hoàn thành đúng tiến độ", pledge.ActionProgramme);
    }

    [Fact]
    public void A_withdrawn_pledge_can_be_taken_up_again_but_not_withdrawn_twice()
    {
        var pledge = SubmittedPledge();
        pledge.Withdraw(_campaign, DomainBuilder.Today);
        Assert.Throws<DomainRuleException>(() => pledge.Withdraw(_campaign, DomainBuilder.Today));

        pledge.Submit(_campaign, DomainBuilder.Today, DomainBuilder.Now);

        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
    }

    [Fact]
    public void A_pledge_goes_to_review_only_when_it_commits_to_every_criterion_the_drive_requires()
    {
        var campaign = DomainBuilder.DraftCampaign();
        campaign.DefineCriteria([.. campaign.Criteria.Select(c => new Domain.Campaigns.CriterionDefinition(c.Id, c.Name, c.Description, c.Measure, c.UnitOfMeasure, c.Direction, c.Weight, Required: c.Name == "Sản lượng"))]);
        campaign.Open(DomainBuilder.Now.AddDays(-12));
        var pledge = Pledge.Individual(campaign, 3, "u1");
        pledge.Write(campaign, DomainBuilder.Today, "Kế hoạch", DomainBuilder.Commit(campaign, 90));

        Assert.Equal("pledge.item.requiredCriterion", Assert.Throws<DomainRuleException>(() => pledge.Submit(campaign, DomainBuilder.Today, DomainBuilder.Now)).Code);

        pledge.Write(campaign, DomainBuilder.Today, "Kế hoạch", new Dictionary<int, double?> { [campaign.Criteria[0].Id] = 90, [campaign.Criteria[1].Id] = 500 });
        pledge.Submit(campaign, DomainBuilder.Today, DomainBuilder.Now);
        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
    }
}
