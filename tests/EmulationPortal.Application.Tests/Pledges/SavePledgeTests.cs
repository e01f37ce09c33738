using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Pledges;

public class SavePledgeTests : PledgeTestBase
{
    [Fact]
    public async Task A_draft_is_kept_and_comes_back_on_the_page_then_submits_for_review()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Lines[1].Included = false; // fireworks output does not apply to this person

        var saved = await SaveAsync(staff, draft, PledgeIntent.SaveDraft);
        var page = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!;

        Assert.Equal(PledgeStatus.Draft, saved.Status);
        Assert.Equal(saved.PledgeId, page.PledgeId);
        Assert.Equal(saved.Version, page.Draft.Version);
        Assert.False(page.Draft.Lines[1].Included);
        Assert.Equal(draft.ActionProgramme, page.Draft.ActionProgramme);

        var submitted = await SaveAsync(staff, page.Draft, PledgeIntent.Submit);
        var pledge = await PledgeAsync(submitted.PledgeId);
        Assert.Equal(PledgeStatus.Submitted, pledge.Status);
        Assert.NotNull(pledge.SubmittedAtUtc);
        Assert.Equal(draft.Lines.Count - 1, pledge.Items.Count);
    }

    [Theory]
    [InlineData(0, 101, "pledge.item.percentRange")]
    [InlineData(1, -5, "pledge.item.negative")]
    [InlineData(1, double.NaN, "pledge.item.notANumber")]
    [InlineData(1, double.PositiveInfinity, "pledge.item.notANumber")]
    public async Task A_value_that_does_not_fit_its_measure_is_refused_on_its_field(int line, double value, string code)
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Lines[line].Value = value;
        draft.Intent = PledgeIntent.Submit;

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((code, $"Lines[{line}].Value"), (error.Code, error.Field));
    }

    [Fact]
    public async Task A_criterion_the_drive_requires_starts_ticked_and_a_pledge_leaving_it_out_is_not_sent()
    {
        await using (var db = Database.NewContext())
        {
            var criterion = await db.Criteria.Where(c => c.CampaignId == CampaignId).OrderBy(c => c.SortOrder).Skip(1).FirstAsync(Ct);
            db.Entry(criterion).Property(c => c.Required).CurrentValue = true;
            await db.SaveChangesAsync(Ct);
        }

        var staff = await StaffWithoutPledgeAsync("px2");
        var fresh = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!.Draft;
        Assert.Equal([false, true], fresh.Lines.Take(2).Select(l => l.Included && l.Required));
        Assert.Equal(1, fresh.Lines.Count(l => l.Included));

        var draft = await FilledDraftAsync(staff);
        draft.Lines[1].Included = false;
        draft.Intent = PledgeIntent.Submit;
        var refused = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        Assert.Equal(("pledge.item.requiredCriterion", "Lines[1].Included"), (refused.Errors.Single().Code, refused.Errors.Single().Field));

        draft.Lines[1].Required = false; // a forged request that hides the flag meets the domain's own rule
        var forged = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        Assert.Equal(OutcomeStatus.RuleBroken, forged.Status);
        Assert.Null((await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!.PledgeId);
    }

    [Fact]
    public async Task A_new_pledge_starts_with_no_criterion_ticked()
    {
        var staff = await StaffWithoutPledgeAsync("px2");

        var draft = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!.Draft;

        Assert.NotEmpty(draft.Lines);
        Assert.All(draft.Lines, l => Assert.False(l.Included));
    }

    [Fact]
    public async Task A_half_filled_draft_is_stored_as_typed_and_the_page_shows_exactly_that()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!.Draft;
        draft.Lines[0].Included = true;
        draft.Lines[0].Value = 95;
        draft.Lines[2].Included = true; // ticked, value still to be decided
        draft.Lines[2].Value = null;
        draft.ActionProgramme = "Kiểm tra thiết bị";

        await SaveAsync(staff, draft, PledgeIntent.SaveDraft);
        var page = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!;

        Assert.Equal(PledgeStatus.Draft, page.Status);
        Assert.Equal(
            draft.Lines.Select((l, i) => (i, i is 0 or 2, i switch { 0 => 95, 2 => null, _ => l.Value })),
            page.Draft.Lines.Select((l, i) => (i, l.Included, l.Value)));
        Assert.Equal("Kiểm tra thiết bị", page.Draft.ActionProgramme);
    }

    [Fact]
    public async Task An_empty_value_on_a_ticked_criterion_is_kept_in_a_draft_but_refused_on_submit_at_its_field()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Lines[2].Value = null;

        var saved = await SaveAsync(staff, draft, PledgeIntent.SaveDraft);
        draft.Intent = PledgeIntent.Submit;
        var submit = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Null((await PledgeAsync(saved.PledgeId)).Items.Single(i => i.CriterionId == draft.Lines[2].CriterionId).CommittedValue);
        var error = Assert.Single(submit.Errors);
        Assert.Equal(("pledge.item.required", "Lines[2].Value"), (error.Code, error.Field));
        Assert.Equal(PledgeStatus.Draft, (await PledgeAsync(saved.PledgeId)).Status);

        draft.Lines[2].Included = false;
        Assert.True((await Get<SavePledge>().ExecuteAsync(staff, draft, Ct)).Succeeded);
    }

    [Fact]
    public async Task A_draft_may_tick_nothing_yet_but_a_submitted_pledge_needs_at_least_one_criterion()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Lines.ForEach(l => l.Included = false);

        var saved = await SaveAsync(staff, draft, PledgeIntent.SaveDraft);
        draft.Intent = PledgeIntent.Submit;
        var submit = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Empty((await PledgeAsync(saved.PledgeId)).Items);
        Assert.Equal("pledge.items.none", Assert.Single(submit.Errors).Code);
    }

    [Fact]
    public async Task Amending_with_a_ticked_criterion_left_empty_is_refused_and_the_pledge_stays_as_submitted()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        var submitted = await SaveAsync(staff, draft, PledgeIntent.Submit);

        draft.Lines[1].Value = null;
        draft.Intent = PledgeIntent.Amend;
        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal(("pledge.item.required", "Lines[1].Value"), (Assert.Single(outcome.Errors).Code, outcome.Errors[0].Field));
        Assert.Equal(submitted.Version, (await PledgeAsync(submitted.PledgeId)).Version);
    }

    [Fact]
    public async Task The_action_programme_is_needed_to_submit_but_not_for_a_draft()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.ActionProgramme = "";

        draft.Intent = PledgeIntent.Submit;
        var submit = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        draft.Intent = PledgeIntent.SaveDraft;
        var save = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        var error = Assert.Single(submit.Errors);
        Assert.Equal(("pledge.actionProgramme.required", "ActionProgramme"), (error.Code, error.Field));
        Assert.True(save.Succeeded);
    }

    [Fact]
    public async Task An_action_programme_over_4000_characters_is_refused()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.ActionProgramme = new string('a', Pledge.ActionProgrammeMaxLength + 1);

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal("pledge.actionProgramme.tooLong", Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public async Task Markup_in_the_action_programme_is_stored_as_the_text_typed()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.ActionProgramme = "<script>alert(1)</script> & <b>đậm</b>";

        var saved = await SaveAsync(staff, draft, PledgeIntent.SaveDraft);

        Assert.Equal(draft.ActionProgramme, (await PledgeAsync(saved.PledgeId)).ActionProgramme);
    }

    [Fact]
    public async Task The_domain_refuses_a_value_the_client_claimed_had_another_measure()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Lines[0].Measure = Measure.Number; // the percentage criterion, disguised
        draft.Lines[0].Value = 250;

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal((OutcomeStatus.RuleBroken, "pledge.item.outOfRange"), (outcome.Status, outcome.RuleCode));
    }

    [Fact]
    public async Task Nothing_changes_after_the_pledge_deadline()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        Today(21);

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        var page = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, false, Ct)).Value!;

        Assert.Equal((OutcomeStatus.RuleBroken, "pledge.campaign.closed"), (outcome.Status, outcome.RuleCode));
        Assert.False(page.AcceptsPledges);
    }

    [Fact]
    public async Task Nothing_changes_once_the_drive_is_closed()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        await using (var db = Database.NewContext())
        {
            var campaign = await db.Campaigns.SingleAsync(Ct);
            campaign.Close();
            await db.SaveChangesAsync(Ct);
        }

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal((OutcomeStatus.RuleBroken, "pledge.campaign.closed"), (outcome.Status, outcome.RuleCode));
    }

    [Fact]
    public async Task A_second_tab_holding_an_old_version_gets_a_conflict_and_writes_nothing()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var first = await FilledDraftAsync(staff);
        await SaveAsync(staff, first, PledgeIntent.SaveDraft);
        var second = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, false, Ct)).Value!.Draft;
        first.ActionProgramme = "Tab một";
        var saved = await SaveAsync(staff, first, PledgeIntent.SaveDraft);

        second.ActionProgramme = "Tab hai";
        var outcome = await Get<SavePledge>().ExecuteAsync(staff, second, Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
        Assert.Equal("Tab một", (await PledgeAsync(saved.PledgeId)).ActionProgramme);
    }

    [Fact]
    public async Task A_change_to_the_items_alone_still_checks_the_version()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        var stale = (await SaveAsync(staff, draft, PledgeIntent.SaveDraft)).Version;
        await SaveAsync(staff, draft, PledgeIntent.SaveDraft);

        draft.Version = stale;
        draft.Lines[2].Value = 5;
        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
    }

    [Fact]
    public async Task A_tab_opened_before_the_pledge_existed_gets_a_conflict_not_a_second_pledge()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var first = await FilledDraftAsync(staff);
        var second = await FilledDraftAsync(staff);
        await SaveAsync(staff, first, PledgeIntent.SaveDraft);

        var outcome = await Get<SavePledge>().ExecuteAsync(staff, second, Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
    }

    [Fact]
    public async Task A_double_click_submits_once()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        draft.Intent = PledgeIntent.Submit;
        var loaded = draft.Version;

        var first = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        var again = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        draft.Version = first.Value!.Version;
        var withFreshVersion = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Null(loaded);
        Assert.True(first.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, again.Status);
        Assert.Equal((OutcomeStatus.RuleBroken, "pledge.write.notEditable"), (withFreshVersion.Status, withFreshVersion.RuleCode));
    }

    [Fact]
    public async Task An_accepted_pledge_that_is_amended_goes_back_to_review()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        var submitted = await SaveAsync(staff, draft, PledgeIntent.Submit);
        var pledge = await PledgeAsync(submitted.PledgeId);
        Assert.True((await Get<AcceptPledges>().ExecuteAsync(await LeaderAsync("px2"), [new(pledge.Id, pledge.Version)], Ct)).Succeeded);
        draft.Version = (await PledgeAsync(pledge.Id)).Version;

        draft.Lines[1].Value = 2_000;
        var amended = await SaveAsync(staff, draft, PledgeIntent.Amend);

        Assert.Equal(PledgeStatus.Submitted, amended.Status);
        Assert.Equal(2_000, (await PledgeAsync(pledge.Id)).Items.Single(i => i.CriterionId == draft.Lines[1].CriterionId).CommittedValue);
    }

    [Fact]
    public async Task A_draft_cannot_be_amended_and_a_submitted_pledge_cannot_be_saved_back_to_draft()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        await SaveAsync(staff, draft, PledgeIntent.SaveDraft);

        draft.Intent = PledgeIntent.Amend;
        var amend = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);
        await SaveAsync(staff, draft, PledgeIntent.Submit);
        draft.Intent = PledgeIntent.SaveDraft;
        var backToDraft = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal("pledge.amend.notSubmitted", amend.RuleCode);
        Assert.Equal("pledge.write.notEditable", backToDraft.RuleCode);
    }

    [Fact]
    public async Task A_withdrawn_pledge_can_be_taken_up_and_submitted_again()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        var submitted = await SaveAsync(staff, draft, PledgeIntent.Submit);

        var withdrawn = await Get<WithdrawPledge>().ExecuteAsync(staff, submitted.PledgeId, submitted.Version, Ct);
        var twice = await Get<WithdrawPledge>().ExecuteAsync(staff, submitted.PledgeId, withdrawn.Value, Ct);
        Assert.Equal(PledgeStatus.Withdrawn, (await PledgeAsync(submitted.PledgeId)).Status);
        Assert.Equal("pledge.withdraw.already", twice.RuleCode);

        draft.Version = withdrawn.Value;
        Assert.Equal(PledgeStatus.Submitted, (await SaveAsync(staff, draft, PledgeIntent.Submit)).Status);
    }

    [Fact]
    public async Task Withdrawing_with_an_old_version_is_a_conflict()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var saved = await SubmittedPledgeAsync(staff);

        var outcome = await Get<WithdrawPledge>().ExecuteAsync(staff, saved.PledgeId, Guid.NewGuid(), Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
    }
}
