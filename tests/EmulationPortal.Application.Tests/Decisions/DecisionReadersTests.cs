using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Council;
using EmulationPortal.Application.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Decisions;

/// <summary>
/// The 2021 round in council with its session opened by the chair (the eight members serving in 2021 sit on it) and its
/// decision drafted: the round's council members read the decision; only the political department changes it.
/// </summary>
public class DecisionReadersTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _officer = default!;
    private int _decisionId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _officer = await DecisionScenario.OfficerAsync(_database, Ct);
        var roundId = await DecisionScenario.RoundInCouncilAsync(_database, Ct);
        var opened = await _database.Get<OpenCouncilSession>().ExecuteAsync(await CouncilFixture.UserAsync(_database, CouncilFixture.Chair), roundId, Ct);
        Assert.True(opened.Succeeded, opened.RuleCode);
        _decisionId = await DecisionScenario.DraftAsync(_database, _officer, roundId, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_member_of_the_rounds_council_reads_its_draft_and_finds_it_listed_but_may_not_draft_save_issue_or_revoke()
    {
        var member = await CouncilFixture.UserAsync(_database, "px3.truong");

        var draft = await _database.Get<DecisionDetailQuery>().ExecuteAsync(member, _decisionId, Ct);
        var list = await _database.Get<DecisionListQuery>().ExecuteAsync(member, Ct);

        Assert.NotNull(draft);
        Assert.False(draft.Manages);
        Assert.Equal(6, draft.Lines.Count);
        Assert.Equal([_decisionId], list!.Decisions.Select(d => d.Id));
        Assert.Empty(list.Rounds);
        Assert.False(list.Manages);
        Assert.True((await DecisionScenario.DetailAsync(_database, _officer, _decisionId, Ct)).Manages);
        Assert.Null(await _database.Get<DecisionDetailQuery>().RegisterAsync(member, 2020, Ct));
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<SaveDecisionDraft>().ExecuteAsync(member, new(_decisionId, draft.Version, "A", "B", new Dictionary<int, bool>()), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<IssueDecision>().ExecuteAsync(member, _decisionId, draft.Version, Ct)).Status);

        Assert.True((await _database.Get<IssueDecision>().ExecuteAsync(_officer, _decisionId, draft.Version, Ct)).Succeeded);
        var issued = (await _database.Get<DecisionDetailQuery>().ExecuteAsync(member, _decisionId, Ct))!;
        Assert.Equal("1/QĐ-Z121", issued.Number);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<RevokeDecision>().ExecuteAsync(member, _decisionId, issued.Version, "Không có thẩm quyền", Ct)).Status);
    }

    [Fact]
    public async Task Whoever_did_not_sit_on_a_rounds_council_reads_none_of_its_decisions()
    {
        var member = await CouncilFixture.UserAsync(_database, "px3.truong");
        var formerMember = await DemoReviewFixture.UserAsync(_database, "pct.cnv01", Roles.Staff, Ct); // term ended in 2020: not in the 2021 session
        var staff = await DemoReviewFixture.UserAsync(_database, "px1.cnv01", Roles.Staff, Ct);
        int decision2020;
        await using (var db = _database.NewContext())
        {
            decision2020 = await db.AwardDecisions.Where(d => d.Id != _decisionId).Select(d => d.Id).SingleAsync(Ct);
        }

        var detail = _database.Get<DecisionDetailQuery>();
        Assert.Null(await detail.ExecuteAsync(member, decision2020, Ct)); // no 2020 session holds them
        Assert.DoesNotContain(decision2020, (await _database.Get<DecisionListQuery>().ExecuteAsync(member, Ct))!.Decisions.Select(d => d.Id));
        foreach (var outsider in new[] { formerMember, staff })
        {
            Assert.Null(await detail.ExecuteAsync(outsider, _decisionId, Ct));
            Assert.Null(await _database.Get<DecisionListQuery>().ExecuteAsync(outsider, Ct));
        }
    }
}
