using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reviews;

public class ReviewRoundUseCaseTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private int _roundId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _roundId = await DemoReviewFixture.RoundIdAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<TestUser> User(string login, string role) => DemoReviewFixture.UserAsync(_database, login, role, Ct);

    private Task<ReviewRoundDetail?> Detail(TestUser user) => _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(user, _roundId, Ct);

    [Fact]
    public async Task Staff_see_the_round_with_only_their_own_evidence_and_verdicts()
    {
        var staff = await User("px1.cnv02", Roles.Staff);

        var rounds = await _database.Get<ReviewRoundListQuery>().ExecuteAsync(staff, Ct);
        var detail = await Detail(staff);

        Assert.Equal([2021, 2020], rounds.Select(r => r.Year)); // the demo's open round, and the decided one before it
        var me = Assert.Single(detail!.People);
        Assert.Equal(staff.UserId, me.UserId);
        Assert.Empty(detail.Collectives);
        Assert.Equal("merit.initiativeRequired", me.Verdicts.Single(v => v.Title == AwardTitle.GrassrootsFighter).Checks.Single(c => c.Rule == "merit").Reason);
    }

    [Fact]
    public async Task A_leader_sees_the_people_and_units_of_their_subtree_only()
    {
        var leader = await User("px1.truong", Roles.UnitLeader);

        var detail = await Detail(leader);

        Assert.Equal(71, detail!.People.Count);
        Assert.Equal(["PX1", "PX1-T1", "PX1-T2"], detail.Collectives.Select(c => c.Code).Order());
    }

    [Fact]
    public async Task A_draft_round_is_hidden_from_staff_until_the_political_department_opens_it()
    {
        var staff = await User("pkt.cnv01", Roles.Staff);
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE ReviewRounds SET Status = 0", Ct);
        }

        Assert.Empty(await _database.Get<ReviewRoundListQuery>().ExecuteAsync(staff, Ct));
        Assert.Null(await Detail(staff));
    }

    [Fact]
    public async Task A_leader_nominates_an_eligible_person_within_quota_and_is_refused_an_ineligible_one_or_a_duplicate()
    {
        var leader = await User("px2.truong", Roles.UnitLeader);
        var eligible = await User("px2.cnv01", Roles.Staff);
        var ineligible = await User("px2.cnv02", Roles.Staff);
        var nominate = _database.Get<NominateForTitle>();
        NominateForTitle.Request For(string personId) => new() { RoundId = _roundId, Title = AwardTitle.GrassrootsFighter, PersonId = personId, Summary = "Có sáng kiến SK-2021-070." };

        var made = await nominate.ExecuteAsync(leader, For(eligible.UserId), Ct);
        var refused = await nominate.ExecuteAsync(leader, For(ineligible.UserId), Ct);
        var twice = await nominate.ExecuteAsync(leader, For(eligible.UserId), Ct);

        Assert.True(made.Succeeded);
        Assert.Equal("nomination.notEligible", refused.RuleCode);
        Assert.Equal("nomination.duplicate", twice.RuleCode);
        var px2 = (await Detail(leader))!.Quotas.Single(q => q.UnitId == leader.OrgUnitId);
        var quota = px2.Quotas.Single(q => q.Title == AwardTitle.GrassrootsFighter);
        Assert.Equal((5, 1, false), (quota.Limit, quota.Nominated, quota.IsOver));
    }

    [Fact]
    public async Task A_leader_cannot_nominate_outside_their_subtree_and_staff_cannot_nominate()
    {
        var leader = await User("px2.truong", Roles.UnitLeader);
        var staff = await User("px1.cnv36", Roles.Staff);
        var request = new NominateForTitle.Request { RoundId = _roundId, Title = AwardTitle.GrassrootsFighter, PersonId = staff.UserId, Summary = "x" };

        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<NominateForTitle>().ExecuteAsync(leader, request, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<NominateForTitle>().ExecuteAsync(staff, request, Ct)).Status);
    }

    [Fact]
    public async Task The_political_department_returns_one_nomination_with_a_reason_accepts_the_rest_and_every_decision_is_audited()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var decide = _database.Get<DecideNomination>();
        var nominations = (await Detail(officer))!.Nominations;
        var returned = nominations.Single(n => n.OverQuota);

        var noReason = await decide.ExecuteAsync(officer, new() { NominationId = returned.Id, Version = returned.Version, Accept = false }, Ct);
        Assert.Equal(OutcomeStatus.Invalid, noReason.Status);
        Assert.True((await decide.ExecuteAsync(officer, new() { NominationId = returned.Id, Version = returned.Version, Accept = false, Reason = "Vượt chỉ tiêu, đơn vị xét lại" }, Ct)).Succeeded);
        foreach (var n in nominations.Where(n => n.Id != returned.Id))
        {
            Assert.True((await decide.ExecuteAsync(officer, new() { NominationId = n.Id, Version = n.Version, Accept = true }, Ct)).Succeeded);
        }

        var after = (await Detail(officer))!.Nominations;
        Assert.Equal("Vượt chỉ tiêu, đơn vị xét lại", after.Single(n => n.Id == returned.Id).ReturnReason);
        Assert.All(after.Where(n => n.Id != returned.Id), n => Assert.Equal(NominationStatus.Accepted, n.Status));
        Assert.DoesNotContain(after, n => n.OverQuota); // the returned one no longer counts against the quota

        await using var db = _database.NewContext();
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(Nomination) && e.UserId == officer.UserId).CountAsync(Ct);
        Assert.Equal(nominations.Count, audited);
    }

    [Fact]
    public async Task A_nomination_is_decided_once_a_second_decision_is_refused()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var n = (await Detail(officer))!.Nominations[0];

        Assert.True((await _database.Get<DecideNomination>().ExecuteAsync(officer, new() { NominationId = n.Id, Version = n.Version, Accept = true }, Ct)).Succeeded);
        Assert.Equal("nomination.notUnderReview", (await _database.Get<DecideNomination>().ExecuteAsync(officer, new() { NominationId = n.Id, Version = n.Version, Accept = false, Reason = "x" }, Ct)).RuleCode);
    }

    [Fact]
    public async Task Only_the_political_department_advances_the_round_one_state_at_a_time_and_nominations_close_with_the_open_state()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var leader = await User("px2.truong", Roles.UnitLeader);
        var candidate = await User("px2.cnv01", Roles.Staff);
        var advance = _database.Get<AdvanceReviewRound>();
        var version = (await Detail(officer))!.Version;

        Assert.Equal(OutcomeStatus.Forbidden, (await advance.ExecuteAsync(leader, _roundId, version, Ct)).Status);
        Assert.True((await advance.ExecuteAsync(officer, _roundId, version, Ct)).Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, (await advance.ExecuteAsync(officer, _roundId, version, Ct)).Status);

        var detail = await Detail(officer);
        Assert.Equal(ReviewRoundStatus.Council, detail!.Status);
        var late = await _database.Get<NominateForTitle>().ExecuteAsync(leader,
            new() { RoundId = _roundId, Title = AwardTitle.GrassrootsFighter, PersonId = candidate.UserId, Summary = "x" }, Ct);
        Assert.Equal("nomination.roundNotOpen", late.RuleCode);

        await using var db = _database.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ReviewRound) && e.UserId == officer.UserId && e.Action == Audit.AuditAction.Modified, Ct));
    }
}
