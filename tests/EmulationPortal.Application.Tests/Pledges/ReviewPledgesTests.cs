using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Pledges;

public class ReviewPledgesTests : PledgeTestBase
{
    private async Task<IReadOnlyList<ReviewQueueQuery.Row>> QueueAsync(string workshop)
    {
        var outcome = await Get<ReviewQueueQuery>().ForAsync(await LeaderAsync(workshop), Ct);
        Assert.True(outcome.Succeeded);
        return outcome.Value!;
    }

    [Fact]
    public async Task A_leader_sees_the_submitted_pledges_of_their_subtree_only_with_what_they_commit_to()
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var saved = await SubmittedPledgeAsync(staff);
        await using var db = Database.NewContext();
        var px3 = await db.OrgUnits.Where(u => u.Code.StartsWith("PX3")).Select(u => u.Id).ToListAsync(Ct);

        var queue = await QueueAsync("px3");

        var row = Assert.Single(queue, r => r.PledgeId == saved.PledgeId);
        Assert.Equal(6, row.Items.Count);
        Assert.NotEmpty(row.ActionProgramme);
        var ids = queue.Select(r => r.PledgeId).ToList();
        var units = await db.Pledges.Where(p => ids.Contains(p.Id)).Select(p => p.OrgUnitId).Distinct().ToListAsync(Ct);
        Assert.All(units, unit => Assert.Contains(unit, px3));
        Assert.DoesNotContain(await QueueAsync("px1"), r => r.PledgeId == saved.PledgeId);
    }

    [Fact]
    public async Task The_home_pages_waiting_count_is_the_queue_length_and_moves_with_a_submission()
    {
        var leader = await LeaderAsync("px3");
        var before = await Get<ReviewQueueQuery>().CountAsync(leader, Ct);
        Assert.Equal((await QueueAsync("px3")).Count, before);

        await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px3"));

        Assert.Equal(before + 1, await Get<ReviewQueueQuery>().CountAsync(leader, Ct));
        Assert.Equal(0, await Get<ReviewQueueQuery>().CountAsync(await UserAsync("px2.cnv01@z121.demo"), Ct));
    }

    [Fact]
    public async Task Staff_cannot_open_the_review_queue_nor_review()
    {
        var staff = await UserAsync("px2.cnv01@z121.demo");
        var saved = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px2"));

        Assert.Equal(OutcomeStatus.Forbidden, (await Get<ReviewQueueQuery>().ForAsync(staff, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<AcceptPledges>().ExecuteAsync(staff, [new(saved.PledgeId, saved.Version)], Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<ReturnPledge>().ExecuteAsync(staff, new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = "x" }, Ct)).Status);
    }

    [Fact]
    public async Task A_leader_can_never_review_outside_their_subtree()
    {
        var saved = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px2"));
        var px1Leader = await LeaderAsync("px1");

        var accept = await Get<AcceptPledges>().ExecuteAsync(px1Leader, [new(saved.PledgeId, saved.Version)], Ct);
        var @return = await Get<ReturnPledge>().ExecuteAsync(px1Leader, new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = "Không thuộc đơn vị" }, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, accept.Status);
        Assert.Equal(OutcomeStatus.Forbidden, @return.Status);
        Assert.Equal(PledgeStatus.Submitted, (await PledgeAsync(saved.PledgeId)).Status);
    }

    [Fact]
    public async Task An_admin_may_review_anywhere()
    {
        var saved = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px2"));
        var admin = await UserAsync("admin@z121.demo", Roles.Admin);

        Assert.True((await Get<AcceptPledges>().ExecuteAsync(admin, [new(saved.PledgeId, saved.Version)], Ct)).Succeeded);
        Assert.Equal(PledgeStatus.Accepted, (await PledgeAsync(saved.PledgeId)).Status);
    }

    [Fact]
    public async Task A_returned_pledge_shows_its_reason_to_the_owner_who_edits_and_resubmits()
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var saved = await SubmittedPledgeAsync(staff);
        var leader = await LeaderAsync("px3");

        var returned = await Get<ReturnPledge>().ExecuteAsync(leader, new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = "Bổ sung chỉ tiêu sáng kiến" }, Ct);
        var page = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, false, Ct)).Value!;

        Assert.True(returned.Succeeded);
        Assert.Equal((PledgeStatus.Returned, "Bổ sung chỉ tiêu sáng kiến"), (page.Status, page.ReturnReason));
        Assert.DoesNotContain(await QueueAsync("px3"), r => r.PledgeId == saved.PledgeId);

        page.Draft.Lines[5].Value = 3;
        var resubmitted = await SaveAsync(staff, page.Draft, PledgeIntent.Submit);
        var pledge = await PledgeAsync(saved.PledgeId);
        Assert.Equal((PledgeStatus.Submitted, null), (resubmitted.Status, pledge.ReturnReason));
        Assert.Contains(await QueueAsync("px3"), r => r.PledgeId == saved.PledgeId);
    }

    [Theory]
    [InlineData("", "pledge.return.reasonRequired")]
    [InlineData("   ", "pledge.return.reasonRequired")]
    [InlineData(null, "pledge.return.reasonTooLong")]
    public async Task Returning_needs_a_short_reason(string? reason, string code)
    {
        var saved = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px3"));

        var outcome = await Get<ReturnPledge>().ExecuteAsync(await LeaderAsync("px3"),
            new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = reason ?? new string('x', Pledge.ReturnReasonMaxLength + 1) }, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(code, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public async Task Bulk_accept_accepts_every_selected_pledge()
    {
        var first = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px3"));
        var second = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px3", skip: 1));

        var outcome = await Get<AcceptPledges>().ExecuteAsync(await LeaderAsync("px3"), [new(first.PledgeId, first.Version), new(second.PledgeId, second.Version)], Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(PledgeStatus.Accepted, (await PledgeAsync(first.PledgeId)).Status);
        Assert.Equal(PledgeStatus.Accepted, (await PledgeAsync(second.PledgeId)).Status);
    }

    [Fact]
    public async Task Bulk_accept_is_all_or_nothing()
    {
        var first = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px3"));
        var staff = await StaffWithoutPledgeAsync("px3", skip: 1);
        var draft = await SaveAsync(staff, await FilledDraftAsync(staff), PledgeIntent.SaveDraft);

        var outcome = await Get<AcceptPledges>().ExecuteAsync(await LeaderAsync("px3"), [new(first.PledgeId, first.Version), new(draft.PledgeId, draft.Version)], Ct);

        Assert.Equal((OutcomeStatus.RuleBroken, "pledge.review.notSubmitted"), (outcome.Status, outcome.RuleCode));
        Assert.Equal(PledgeStatus.Submitted, (await PledgeAsync(first.PledgeId)).Status);
    }

    [Fact]
    public async Task Accepting_a_pledge_amended_since_the_leader_loaded_it_is_a_conflict()
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var draft = await FilledDraftAsync(staff);
        var seen = await SaveAsync(staff, draft, PledgeIntent.Submit);
        await SaveAsync(staff, draft, PledgeIntent.Amend);

        var outcome = await Get<AcceptPledges>().ExecuteAsync(await LeaderAsync("px3"), [new(seen.PledgeId, seen.Version)], Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
    }

    [Fact]
    public async Task A_leader_does_not_review_their_own_units_collective_pledge()
    {
        var leader = await LeaderAsync("px4");
        var collective = await SaveAsync(leader, await FilledDraftAsync(leader, collective: true), PledgeIntent.Submit);

        Assert.DoesNotContain(await QueueAsync("px4"), r => r.PledgeId == collective.PledgeId);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<AcceptPledges>().ExecuteAsync(leader, [new(collective.PledgeId, collective.Version)], Ct)).Status);
    }
}
