using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Pledges;

/// <summary>
/// What a failed save is called: two collective pledges for one unit are refused by the store and the loser is told
/// of the conflict; a failure that is not a conflict is reported as a failed save, not as "someone else saved first".
/// </summary>
public class SaveConflictTests : PledgeTestBase
{
    [Fact]
    public async Task The_store_refuses_a_second_collective_pledge_for_the_same_unit_and_drive()
    {
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        var unitId = await first.OrgUnits.Where(u => u.Code == "PX4").Select(u => u.Id).SingleAsync(Ct);
        first.Pledges.Add(Pledge.Collective(await first.Campaigns.SingleAsync(Ct), unitId));
        second.Pledges.Add(Pledge.Collective(await second.Campaigns.SingleAsync(Ct), unitId));

        await first.SaveChangesAsync(Ct);
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));

        Assert.True(SaveFailures.IsDuplicateKey(refused));
    }

    [Fact]
    public async Task Two_tabs_creating_the_unit_pledge_at_once_store_one_and_the_others_get_the_conflict()
    {
        var leader = await LeaderAsync("px4");
        var drafts = new List<PledgeDraft>();
        for (var tab = 0; tab < 6; tab++)
        {
            var draft = await FilledDraftAsync(leader, collective: true);
            draft.Intent = PledgeIntent.SaveDraft;
            drafts.Add(draft);
        }

        var start = new TaskCompletionSource();
        var saves = drafts.Select(draft => Task.Run(async () =>
        {
            await start.Task;
            return await Get<SavePledge>().ExecuteAsync(leader, draft, Ct);
        }, Ct)).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(saves);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(OutcomeStatus.Conflict, o.Status));
        await using var db = Database.NewContext();
        Assert.Equal(1, await db.Pledges.CountAsync(p => p.Kind == PledgeKind.Collective && p.OrgUnitId == leader.OrgUnitId, Ct));
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
    }

    [Fact]
    public async Task A_save_the_store_fails_for_another_reason_is_reported_as_a_failed_save_not_a_conflict()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await FilledDraftAsync(staff);
        await using (var db = Database.NewContext())
        {
            // Stands for any refusal that is neither a stale version nor a duplicate (a check, a trigger, a full disk).
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER RefusePledges BEFORE INSERT ON Pledges BEGIN SELECT RAISE(ABORT, 'refused'); END", Ct);
        }

        draft.Intent = PledgeIntent.Submit;
        var outcome = await Get<SavePledge>().ExecuteAsync(staff, draft, Ct);

        Assert.Equal(OutcomeStatus.SaveFailed, outcome.Status);
        await using var check = Database.NewContext();
        Assert.False(await check.Pledges.AnyAsync(p => p.UserId == staff.UserId, Ct));
    }
}
