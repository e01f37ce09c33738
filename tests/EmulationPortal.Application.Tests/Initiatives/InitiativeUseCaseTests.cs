using EmulationPortal.Application.Common;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Application.Tests.Decisions;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Initiatives;

public class InitiativeUseCaseTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _worker = default!;
    private TestUser _officer = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _worker = await InitiativeScenario.StaffAsync(_database, "px1.cnv20", Ct);
        _officer = await InitiativeScenario.OfficerAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<Guid> VersionAsync(int id) => InitiativeScenario.VersionAsync(_database, _officer, id, Ct);

    [Fact]
    public async Task Filing_gives_the_years_next_code_and_the_factorys_council_and_locks_the_content()
    {
        var form = InitiativeScenario.Form((_worker, 100));
        var draft = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct);
        form.Id = draft.Value;
        form.Version = await VersionAsync(draft.Value);
        form.File = true;

        var filed = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct);

        Assert.True(filed.Succeeded, filed.RuleCode);
        var detail = (await _database.Get<InitiativeDetailQuery>().ExecuteAsync(_worker, draft.Value, Ct))!;
        Assert.Equal(("SK-2021-071", InitiativeState.Filed, "Nhà máy Z121 (Công ty TNHH MTV Hóa chất 21)"), (detail.Code, detail.State, detail.Judging!.UnitName));
        Assert.False(detail.May.Edit);
        form.Version = detail.Version;
        Assert.Equal(OutcomeStatus.RuleBroken, (await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct)).Status);
    }

    [Fact]
    public async Task Staff_write_only_initiatives_they_are_an_author_of_and_shares_add_up_to_100()
    {
        var other = await InitiativeScenario.StaffAsync(_database, "px1.cnv21", Ct);

        var notMine = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, InitiativeScenario.Form((other, 100)), Ct);
        var badShares = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, InitiativeScenario.Form((_worker, 70), (other, 20)), Ct);
        var shared = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, InitiativeScenario.Form((_worker, 70), (other, 30)), Ct);

        Assert.Contains(notMine.Errors, e => e.Code == "initiative.authors.self");
        Assert.Contains(badShares.Errors, e => e.Code == "initiative.authors.shares");
        Assert.True(shared.Succeeded);
        Assert.NotNull(await _database.Get<InitiativeDetailQuery>().ExecuteAsync(other, shared.Value, Ct));
    }

    [Fact]
    public async Task Recognition_counts_once_toward_the_drives_initiative_figure_of_the_workers_unit()
    {
        await using var before = _database.NewContext();
        var target = await before.UnitTargets.Where(t => t.OrgUnitId == _worker.OrgUnitId)
            .Join(before.Criteria.Where(c => c.CountsInitiatives), t => t.CriterionId, c => c.Id, (t, c) => t.Id).SingleAsync(Ct);
        var figure = await before.ProgressReports.Where(r => r.UnitTargetId == target && !r.IsSuperseded).OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id)
            .Select(r => (double?)r.Value).FirstOrDefaultAsync(Ct) ?? 0;

        var id = await InitiativeScenario.RecognisedAsync(_database, _worker, Ct);

        await using var db = _database.NewContext();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == id, Ct);
        var report = await db.ProgressReports.SingleAsync(r => r.Id == initiative.ProgressReportId, Ct);
        Assert.Equal((InitiativeState.Recognised, target, figure + 1), (initiative.State, report.UnitTargetId!.Value, report.Value));
        Assert.Contains(initiative.Code!, report.Note, StringComparison.Ordinal);
        Assert.Equal(1, await db.ProgressReports.CountAsync(r => r.UnitTargetId == target && r.Note!.Contains(initiative.Code!), Ct));
        var again = await _database.Get<ConcludeInitiative>().ExecuteAsync(_officer, new(id, await VersionAsync(id), InitiativeScope.Base, null), Ct);
        Assert.Equal("initiative.state", again.RuleCode);
    }

    [Fact]
    public async Task Without_two_thirds_of_the_sitting_members_agreeing_it_is_not_recognised()
    {
        var form = InitiativeScenario.Form((_worker, 100));
        form.File = true;
        var id = (await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct)).Value;
        await _database.Get<StartInitiativeEvaluation>().ExecuteAsync(_officer, id, await VersionAsync(id), Ct);
        await _database.Get<RecordInitiativeVote>().ExecuteAsync(_officer, new(id, await VersionAsync(id), _officer.UserId, true, 90), Ct);

        var concluded = await _database.Get<ConcludeInitiative>().ExecuteAsync(_officer, new(id, await VersionAsync(id), InitiativeScope.Base, null), Ct);

        Assert.Equal("initiative.recognise.notEnoughVotes", concluded.RuleCode);
        var detail = (await _database.Get<InitiativeDetailQuery>().ExecuteAsync(_officer, id, Ct))!;
        Assert.Equal((3, 1, 2), (detail.Judging!.Sitting, detail.Judging.Agreeing, detail.Judging.Needed));
    }

    [Fact]
    public async Task An_author_on_the_council_does_not_sit_and_a_non_member_cannot_vote()
    {
        var engineer = await InitiativeScenario.StaffAsync(_database, "pkt.cnv01", Ct);
        var form = InitiativeScenario.Form((_worker, 50), (engineer, 50));
        form.File = true;
        var id = (await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct)).Value;
        await _database.Get<StartInitiativeEvaluation>().ExecuteAsync(_officer, id, await VersionAsync(id), Ct);

        var own = await _database.Get<RecordInitiativeVote>().ExecuteAsync(engineer, new(id, await VersionAsync(id), engineer.UserId, true, 100), Ct);
        var stranger = await _database.Get<RecordInitiativeVote>().ExecuteAsync(_worker, new(id, await VersionAsync(id), _worker.UserId, true, 100), Ct);
        var forSomeoneElse = await _database.Get<RecordInitiativeVote>().ExecuteAsync(_worker, new(id, await VersionAsync(id), engineer.UserId, true, 100), Ct);

        Assert.Equal("initiative.vote.author", own.RuleCode);
        Assert.Equal(OutcomeStatus.Forbidden, stranger.Status);
        Assert.Equal(OutcomeStatus.Forbidden, forSomeoneElse.Status);
        Assert.Equal(2, (await _database.Get<InitiativeDetailQuery>().ExecuteAsync(_officer, id, Ct))!.Judging!.Sitting);
    }

    [Fact]
    public async Task A_stale_page_conflicts_and_a_rejection_keeps_its_reason()
    {
        var form = InitiativeScenario.Form((_worker, 100));
        form.File = true;
        var id = (await _database.Get<SaveInitiative>().ExecuteAsync(_worker, form, Ct)).Value;
        var seen = await VersionAsync(id);
        await _database.Get<StartInitiativeEvaluation>().ExecuteAsync(_officer, id, seen, Ct);

        var stale = await _database.Get<ConcludeInitiative>().ExecuteAsync(_officer, new(id, seen, null, "Trùng giải pháp SK-2021-014"), Ct);
        var rejected = await _database.Get<ConcludeInitiative>().ExecuteAsync(_officer, new(id, await VersionAsync(id), null, "Trùng giải pháp SK-2021-014"), Ct);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.True(rejected.Succeeded);
        var detail = (await _database.Get<InitiativeDetailQuery>().ExecuteAsync(_worker, id, Ct))!;
        Assert.Equal((InitiativeState.Rejected, "Trùng giải pháp SK-2021-014"), (detail.State, detail.RejectionReason));
    }

    [Fact]
    public async Task Only_the_political_department_judges()
    {
        var leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);
        var id = await _database.Get<SaveInitiative>().ExecuteAsync(_worker, InitiativeScenario.Form((_worker, 100)), Ct);

        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<StartInitiativeEvaluation>().ExecuteAsync(leader, id.Value, await VersionAsync(id.Value), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<ConcludeInitiative>().ExecuteAsync(_worker, new(id.Value, await VersionAsync(id.Value), InitiativeScope.National, null), Ct)).Status);
    }

    [Fact]
    public async Task A_recognised_initiative_is_evidence_in_the_review_round()
    {
        var id = await InitiativeScenario.RecognisedAsync(_database, _worker, Ct);
        var roundId = await DemoReviewFixture.RoundIdAsync(_database, Ct);

        await using var db = _database.NewContext();
        var assessment = (await RoundAssessor.AssessAsync(db, roundId, Ct))!;
        var person = assessment.People.Single(p => p.UserId == _worker.UserId);
        var code = (await db.Initiatives.SingleAsync(i => i.Id == id, Ct)).Code;
        Assert.Equal(code, Assert.Single(person.Evidence.Initiatives).Code);
        Assert.Equal(code, person.On(AwardTitle.GrassrootsFighter).InitiativeUsed);
    }

    [Fact]
    public async Task Issuing_a_decision_consumes_the_initiatives_behind_the_awarded_titles_once()
    {
        var roundId = await DecisionScenario.RoundInCouncilAsync(_database, Ct);
        var decisionId = await DecisionScenario.DraftAsync(_database, _officer, roundId, Ct);

        var issued = await _database.Get<IssueDecision>().ExecuteAsync(_officer, decisionId, (await DecisionScenario.DetailAsync(_database, _officer, decisionId, Ct)).Version, Ct);

        Assert.True(issued.Succeeded, issued.RuleCode);
        var consumed = (await _database.Get<InitiativeRegisterQuery>().ExecuteAsync(_officer, new(State: InitiativeState.Consumed), Ct)).Select(r => r.Code).Order().ToList();
        Assert.Equal(["SK-2020-011", "SK-2021-014", "SK-2021-040", "SK-2021-050", "SK-2021-052"], consumed);
        await using var db = _database.NewContext();
        var fixture = await db.Initiatives.SingleAsync(i => i.Code == "SK-2021-014", Ct);
        Assert.Equal(("Chiến sĩ thi đua cơ sở 2021", decisionId), (fixture.ConsumedFor, fixture.ConsumedByDecisionId!.Value));
    }
}
