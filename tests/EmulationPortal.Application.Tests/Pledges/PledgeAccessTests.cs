using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;

namespace EmulationPortal.Application.Tests.Pledges;

public class PledgeAccessTests : PledgeTestBase
{
    [Fact]
    public async Task Staff_of_another_workshop_can_neither_read_withdraw_nor_report_on_a_pledge()
    {
        var owner = await StaffWithoutPledgeAsync("px1");
        var saved = await SubmittedPledgeAsync(owner);
        var item = (await PledgeAsync(saved.PledgeId)).Items[0];
        var stranger = await UserAsync("px2.cnv01@z121.demo");

        var read = await Get<PledgeProgressQuery>().ForAsync(stranger, saved.PledgeId, Ct);
        var withdraw = await Get<WithdrawPledge>().ExecuteAsync(stranger, saved.PledgeId, saved.Version, Ct);
        var report = await Get<ReportPledgeProgress>().ExecuteAsync(stranger, new() { Key = item.Id, Value = 1, AsOf = new(2021, 1, 12) }, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, read.Status);
        Assert.Equal(OutcomeStatus.NotFound, withdraw.Status);
        Assert.Equal(OutcomeStatus.Forbidden, report.Status);
    }

    [Fact]
    public async Task A_colleague_of_the_same_team_cannot_read_the_pledge_either()
    {
        var owner = await StaffWithoutPledgeAsync("px2");
        var colleague = await StaffWithoutPledgeAsync("px2", skip: 1);
        var saved = await SubmittedPledgeAsync(owner);

        var read = await Get<PledgeProgressQuery>().ForAsync(colleague, saved.PledgeId, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, read.Status);
    }

    [Fact]
    public async Task The_leader_of_the_workshop_reads_it_but_cannot_report_on_it()
    {
        var saved = await SubmittedPledgeAsync(await StaffWithoutPledgeAsync("px1"));

        var read = await Get<PledgeProgressQuery>().ForAsync(await LeaderAsync("px1"), saved.PledgeId, Ct);
        var otherLeader = await Get<PledgeProgressQuery>().ForAsync(await LeaderAsync("px2"), saved.PledgeId, Ct);

        Assert.True(read.Succeeded);
        Assert.False(read.Value!.CanReport);
        Assert.Equal(OutcomeStatus.Forbidden, otherLeader.Status);
    }

    [Fact]
    public async Task Staff_cannot_register_a_collective_pledge()
    {
        var staff = await StaffWithoutPledgeAsync("px2");

        var page = await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: true, Ct);
        var draft = await FilledDraftAsync(staff);
        draft.Collective = true;
        var save = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, page.Status);
        Assert.Equal(OutcomeStatus.Forbidden, save.Status);
    }

    [Fact]
    public async Task A_drive_that_does_not_exist_is_not_found()
    {
        var staff = await StaffWithoutPledgeAsync("px2");

        Assert.Equal(OutcomeStatus.NotFound, (await Get<PledgePageQuery>().ForAsync(staff, 999, false, Ct)).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await Get<PledgeProgressQuery>().ForAsync(staff, 99_999, Ct)).Status);
    }

    [Fact]
    public async Task A_leader_registers_the_collective_pledge_against_the_units_targets()
    {
        var leader = await LeaderAsync("px4");

        var page = (await Get<PledgePageQuery>().ForAsync(leader, CampaignId, collective: true, Ct)).Value!;
        var saved = await SaveAsync(leader, await FilledDraftAsync(leader, collective: true), PledgeIntent.Submit);
        var pledge = await PledgeAsync(saved.PledgeId);

        Assert.Null(page.PledgeId);
        Assert.All(page.Draft.Lines, l => Assert.NotNull(l.Target));
        Assert.Equal(4, page.Draft.Lines[5].Target);
        Assert.Equal((Domain.Pledges.PledgeKind.Collective, (string?)null), (pledge.Kind, pledge.UserId));
        Assert.Contains(await Get<MyPledgesQuery>().ForAsync(leader, Ct), r => r.PledgeId == saved.PledgeId);
        Assert.DoesNotContain(await Get<MyPledgesQuery>().ForAsync(await UserAsync("px4.truong@z121.demo", Roles.Staff), Ct), r => r.PledgeId == saved.PledgeId);
    }
}
