using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Clusters;

public class ClusterUseCaseTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_demo_cluster_has_Z121_and_five_peers_a_2021_covenant_and_scores_in_progress_with_an_outlier()
    {
        var cluster = await ClusterFixture.DemoAsync(_database);
        var view = await cluster.ViewAsync();

        Assert.Equal(6, view.Members.Count);
        Assert.Equal((2021, ClusterRole.Head), (view.Year, view.Me.MyRole));
        Assert.Equal(4, view.Members.Count(m => m.SignedBy is not null));
        Assert.Equal(100, view.Covenant!.Criteria.Sum(c => c.Weight));
        var production = view.Covenant.Criteria.Single(c => c.SortOrder == 0).Id;
        var (z117, z125, z129) = (await cluster.UnitIdAsync("Z117"), await cluster.UnitIdAsync("Z125"), await cluster.UnitIdAsync("Z129"));
        Assert.Equal((z129, z117, production), Assert.Single(view.Covenant.Ranking.Outliers)); // 5 against the others' 9 and 9.5

        // Z117's total carries the outlying 5 (its production mean is 7.83): Z125, scored once at 9–10, leads at 9.1.
        var standings = view.Covenant.Ranking.Standings;
        Assert.Equal((z125, 1, 9.1), (standings[0].UnitId, standings[0].Rank, standings[0].Total));
        Assert.Equal((2, 8.84), standings.Where(s => s.UnitId == z117).Select(s => (s.Rank, s.Total)).Single());
        Assert.Equal(9.5, standings.Single(s => s.UnitId == z117).SelfScores[production]); // shown, not counted
    }

    [Fact]
    public async Task Two_leaders_sign_score_each_other_and_the_ranking_follows()
    {
        var cluster = await ClusterFixture.DemoAsync(_database);
        Assert.Equal("covenant.notSigned", (await cluster.ScoreAsync("z121.truong", "Z111", 9)).RuleCode);

        Assert.True((await cluster.SignAsync("z121.truong")).Succeeded);
        Assert.True((await cluster.SignAsync("z111.truong")).Succeeded);
        Assert.Equal(OutcomeStatus.RuleBroken, (await cluster.SignAsync("z111.truong")).Status);
        Assert.True((await cluster.ScoreAsync("z121.truong", "Z111", 9)).Succeeded);
        Assert.True((await cluster.ScoreAsync("z111.truong", "Z121", 10)).Succeeded);
        Assert.Equal("covenant.score.evidence", (await cluster.ScoreAsync("z121.truong", "Z121", 10)).RuleCode);

        var view = await cluster.ViewAsync();
        var z121 = await cluster.UnitIdAsync("Z121");
        Assert.Equal((z121, 1, 10.0), (view.Covenant!.Ranking.Standings[0].UnitId, view.Covenant.Ranking.Standings[0].Rank, view.Covenant.Ranking.Standings[0].Total));
        Assert.Equal("Nguyễn Quốc Thịnh", view.Members.Single(m => m.UnitId == z121).SignedBy);
    }

    [Fact]
    public async Task The_vote_acclaims_a_leader_whom_the_head_proposes_for_the_flag_in_the_managing_units_round()
    {
        var cluster = await ClusterFixture.DemoAsync(_database);
        await cluster.SignAsync("z121.truong");
        await cluster.SignAsync("z111.truong");
        var head = await cluster.LeaderAsync("z121.truong");
        var view = await cluster.ViewAsync();
        Assert.Equal(OutcomeStatus.RuleBroken, (await _database.Get<StartAcclamationRound>().ExecuteAsync(await cluster.LeaderAsync("z111.truong"), view.Covenant!.Id, view.Covenant.Version, Ct)).Status);
        Assert.True((await _database.Get<StartAcclamationRound>().ExecuteAsync(head, view.Covenant.Id, view.Covenant.Version, Ct)).Succeeded);

        view = await cluster.ViewAsync();
        var round = view.Covenant!.Acclamation.Rounds.Single();
        var z117 = await cluster.UnitIdAsync("Z117");
        foreach (var (login, i) in ClusterFixture.Leaders.Select((l, i) => (l, i)))
        {
            var cast = await _database.Get<CastAcclamationBallot>().ExecuteAsync(await cluster.LeaderAsync(login), view.Covenant.Id, round.Id, i == 5 ? view.Members[0].UnitId : z117, Ct);
            Assert.True(cast.Succeeded, cast.RuleCode);
        }

        var again = await _database.Get<CastAcclamationBallot>().ExecuteAsync(head, view.Covenant.Id, round.Id, z117, Ct);
        Assert.Equal(OutcomeStatus.RuleBroken, again.Status);
        Assert.True((await _database.Get<CloseAcclamationRound>().ExecuteAsync(head, view.Covenant.Id, round.Id, (await cluster.ViewAsync()).Covenant!.Version, Ct)).Succeeded);
        view = await cluster.ViewAsync();
        Assert.Equal((z117, LeaderChoice.Vote), (view.Covenant!.Acclamation.LeaderUnitId, view.Covenant.Acclamation.LeaderChosenBy));
        Assert.Equal(5, view.Covenant.Acclamation.Rounds.Single().Tallies.Single(t => t.UnitId == z117).Votes);

        var propose = new ProposeForFlag.Request { CovenantId = view.Covenant.Id, Version = view.Covenant.Version, Summary = "Được Cụm suy tôn dẫn đầu năm 2021." };
        Assert.Equal("cluster.flag.noRound", (await _database.Get<ProposeForFlag>().ExecuteAsync(head, propose, Ct)).RuleCode);
        var flagRound = await cluster.FlagRoundAsync();
        var proposed = await _database.Get<ProposeForFlag>().ExecuteAsync(head, propose, Ct);
        Assert.True(proposed.Succeeded, proposed.RuleCode);
        Assert.Equal(flagRound, proposed.Value);

        await using var db = _database.NewContext();
        var nomination = await db.Nominations.SingleAsync(n => n.RoundId == flagRound, Ct);
        Assert.Equal((AwardTitle.EmulationFlag, z117, head.OrgUnitId, null), (nomination.Title, nomination.SubjectUnitId, nomination.NominatingUnitId, nomination.PersonId));
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var detail = await _database.Get<EmulationPortal.Application.Reviews.ReviewRoundDetailQuery>().ExecuteAsync(officer, flagRound, Ct);
        Assert.Contains(detail!.Nominations, n => n.Title == AwardTitle.EmulationFlag && n.SubjectUnitId == z117);
        var ballotAudit = await db.AuditEntries.Where(a => a.EntityType == nameof(AcclamationBallot)).ToListAsync(Ct);
        Assert.Equal(6, ballotAudit.Count);
        Assert.All(ballotAudit, a => Assert.Null(a.UserId));
    }

    [Fact]
    public async Task Outside_leaders_see_nothing_and_the_political_department_sees_all_but_changes_nothing()
    {
        var cluster = await ClusterFixture.DemoAsync(_database);
        var workshop = await cluster.LeaderAsync("px1.truong");
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var staff = await DemoReviewFixture.UserAsync(_database, "px1.cnv01", Roles.Staff, Ct);
        var covenantId = (await cluster.ViewAsync()).Covenant!.Id;

        Assert.Null(await cluster.ViewAsync(workshop));
        Assert.Null(await cluster.ViewAsync(staff));
        Assert.Empty(await _database.Get<ClusterListQuery>().ExecuteAsync(workshop, Ct));
        var seen = await cluster.ViewAsync(officer);
        Assert.True(seen!.Me.Oversees);
        Assert.Null(seen.Me.MyUnitId);
        Assert.Single(await _database.Get<ClusterListQuery>().ExecuteAsync(officer, Ct));

        var sign = new SignCovenant.Request { CovenantId = covenantId, Commitments = new() { [1] = 1 } };
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<SignCovenant>().ExecuteAsync(officer, sign, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<SignCovenant>().ExecuteAsync(workshop, sign, Ct)).Status);
    }
}
