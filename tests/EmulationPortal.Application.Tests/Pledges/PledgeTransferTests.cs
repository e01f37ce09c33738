using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Application.Tests.Admin;
using EmulationPortal.Application.Users;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Pledges;

/// <summary>A person moved to another unit takes their running drives' pledges along; closed drives keep their history (ADR 0005).</summary>
public class PledgeTransferTests : PledgeTestBase
{
    [Fact]
    public async Task A_moved_persons_open_pledge_is_reviewed_read_and_counted_by_the_new_unit_only()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var saved = await SubmittedPledgeAsync(staff);
        var newTeam = (await UserAsync(DemoAccounts.Workshop1Staff.Email)).OrgUnitId;
        var before = await ParticipantsAsync();

        await MoveAsync(staff, newTeam);

        var oldLeader = await LeaderAsync("px2");
        var newLeader = await LeaderAsync("px1");
        var version = (await PledgeAsync(saved.PledgeId)).Version;
        Assert.Equal(newTeam, (await PledgeAsync(saved.PledgeId)).OrgUnitId);
        Assert.DoesNotContain((await Get<ReviewQueueQuery>().ForAsync(oldLeader, Ct)).Value!, r => r.PledgeId == saved.PledgeId);
        Assert.Contains((await Get<ReviewQueueQuery>().ForAsync(newLeader, Ct)).Value!, r => r.PledgeId == saved.PledgeId);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<PledgeProgressQuery>().ForAsync(oldLeader, saved.PledgeId, Ct)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await Get<PledgeProgressQuery>().ForAsync(newLeader, saved.PledgeId, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<AcceptPledges>().ExecuteAsync(oldLeader, [new(saved.PledgeId, version)], Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Get<ReturnPledge>().ExecuteAsync(oldLeader, new() { PledgeId = saved.PledgeId, Version = version, Reason = "Chuyển đơn vị" }, Ct)).Status);

        var after = await ParticipantsAsync();
        Assert.Equal(before[staff.OrgUnitId] - 1, after[staff.OrgUnitId]);
        Assert.Equal(before[newTeam] + 1, after[newTeam]);
        Assert.Equal(OutcomeStatus.Ok, (await Get<AcceptPledges>().ExecuteAsync(newLeader, [new(saved.PledgeId, version)], Ct)).Status);
    }

    [Fact]
    public async Task A_closed_drives_pledge_stays_with_the_unit_it_was_made_in()
    {
        var staff = await StaffWithoutPledgeAsync("px2", skip: 1);
        var saved = await SubmittedPledgeAsync(staff);
        await using (var db = Database.NewContext())
        {
            await db.Campaigns.Where(c => c.Id == CampaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Closed), Ct);
        }

        await MoveAsync(staff, (await UserAsync(DemoAccounts.Workshop1Staff.Email)).OrgUnitId);

        Assert.Equal(staff.OrgUnitId, (await PledgeAsync(saved.PledgeId)).OrgUnitId);
        Assert.Equal(OutcomeStatus.Ok, (await Get<PledgeProgressQuery>().ForAsync(await LeaderAsync("px2"), saved.PledgeId, Ct)).Status);
    }

    private async Task MoveAsync(ICurrentUser person, int unitId)
    {
        await using var db = Database.NewContext();
        var stamp = await db.Users.Where(u => u.Id == person.UserId).Select(u => u.ConcurrencyStamp).SingleAsync(Ct);
        var moved = await Get<ChangeUserAssignment>().ExecuteAsync(await Database.AdminAsync(), new ChangeUserAssignmentRequest
        {
            UserId = person.UserId, ConcurrencyStamp = stamp, UnitId = unitId, Role = Roles.Staff,
        }, Ct);
        Assert.True(moved.Succeeded, moved.Status.ToString());
    }

    /// <summary>The drive's dashboard as the admin sees it: live pledges per unit.</summary>
    private async Task<Dictionary<int, int>> ParticipantsAsync()
    {
        var dashboard = await Get<CampaignDashboardQuery>().ForAsync(await Database.AdminAsync(), CampaignId, Ct);
        return dashboard.Value!.Units.ToDictionary(u => u.OrgUnitId, u => u.Participants);
    }
}
