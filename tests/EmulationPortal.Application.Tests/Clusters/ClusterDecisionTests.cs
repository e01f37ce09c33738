using EmulationPortal.Application.Access;
using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Tests.Clusters;

/// <summary>The vote's failure path (two split rounds, then the head and the deputy) and who may act in the cluster at all.</summary>
public class ClusterDecisionTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private ClusterFixture _cluster = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _cluster = await ClusterFixture.DemoAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Two_split_rounds_leave_the_choice_to_the_head_and_the_deputy_and_it_is_recorded_as_theirs()
    {
        await _cluster.SignAsync("z121.truong");
        await _cluster.SignAsync("z111.truong");
        var (head, deputy, member) = (await _cluster.LeaderAsync("z121.truong"), await _cluster.LeaderAsync("z111.truong"), await _cluster.LeaderAsync("z125.truong"));
        var (z117, z125) = (await _cluster.UnitIdAsync("Z117"), await _cluster.UnitIdAsync("Z125"));
        Assert.Equal("acclamation.notForLeaders", (await DecideAsync(head, z117)).RuleCode);

        for (var number = 1; number <= 2; number++)
        {
            Assert.True((await _database.Get<StartAcclamationRound>().ExecuteAsync(head, await CovenantIdAsync(), await VersionAsync(), Ct)).Succeeded);
            await SplitVoteAsync(z117, z125);
            Assert.True((await _database.Get<CloseAcclamationRound>().ExecuteAsync(head, await CovenantIdAsync(), await OpenRoundIdAsync(), await VersionAsync(), Ct)).Succeeded);
        }

        var acclamation = (await _cluster.ViewAsync()).Covenant!.Acclamation;
        Assert.Null(acclamation.LeaderUnitId);
        Assert.Equal([z117, z125], acclamation.Rounds.Single(r => r.Number == 2).Candidates.Order()); // round 2 is on round 1's front-runners
        Assert.Equal("acclamation.cannotStart", (await _database.Get<StartAcclamationRound>().ExecuteAsync(head, await CovenantIdAsync(), await VersionAsync(), Ct)).RuleCode);
        Assert.Equal("acclamation.headOrDeputy", (await DecideAsync(member, z125)).RuleCode);

        Assert.True((await DecideAsync(head, z117)).Succeeded);
        Assert.True((await DecideAsync(deputy, z125)).Succeeded);
        acclamation = (await _cluster.ViewAsync()).Covenant!.Acclamation;
        Assert.Equal((null, z117, z125), (acclamation.LeaderUnitId, acclamation.HeadChoiceUnitId, acclamation.DeputyChoiceUnitId)); // they disagree: nobody leads yet

        Assert.True((await DecideAsync(deputy, z117)).Succeeded);
        acclamation = (await _cluster.ViewAsync()).Covenant!.Acclamation;
        Assert.Equal((z117, LeaderChoice.HeadAndDeputy), (acclamation.LeaderUnitId, acclamation.LeaderChosenBy));
    }

    [Fact]
    public async Task A_stale_version_of_the_covenant_is_a_conflict_for_the_heads_steps()
    {
        var head = await _cluster.LeaderAsync("z121.truong");
        var seen = await VersionAsync();
        Assert.True((await _database.Get<StartAcclamationRound>().ExecuteAsync(head, await CovenantIdAsync(), seen, Ct)).Succeeded);

        var close = await _database.Get<CloseAcclamationRound>().ExecuteAsync(head, await CovenantIdAsync(), await OpenRoundIdAsync(), seen, Ct);
        Assert.Equal(OutcomeStatus.Conflict, close.Status); // the page still showed the covenant before the round opened
        Assert.False((await _cluster.ViewAsync()).Covenant!.Acclamation.Rounds.Single().IsClosed);
    }

    [Fact]
    public async Task Only_member_leaders_act_only_for_their_own_unit_and_only_the_head_runs_the_vote()
    {
        var outsideFactory = await OutsideFactoryLeaderAsync();
        var z121 = await _cluster.UnitIdAsync("Z121");
        var z121Staff = new TestUser("z121-staff", z121, Roles.Staff);
        var officer = await Reviews.DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var covenantId = await CovenantIdAsync();

        Assert.Null(await _cluster.ViewAsync(outsideFactory));
        Assert.Empty(await _database.Get<ClusterListQuery>().ExecuteAsync(outsideFactory, Ct));
        Assert.Null(await _cluster.ViewAsync(z121Staff));
        foreach (var outsider in new ICurrentUser[] { outsideFactory, z121Staff, officer })
        {
            Assert.Equal(OutcomeStatus.Forbidden, (await ScoreZ125Async(outsider, covenantId)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<StartAcclamationRound>().ExecuteAsync(outsider, covenantId, await VersionAsync(), Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await DecideAsync(outsider, z121)).Status);
        }

        var member = await _cluster.LeaderAsync("z117.truong");
        Assert.Equal(OutcomeStatus.RuleBroken, (await _database.Get<StartAcclamationRound>().ExecuteAsync(member, covenantId, await VersionAsync(), Ct)).Status);
        Assert.Equal("covenant.notSigned", (await _cluster.ScoreAsync("z117.truong", "Z121", 9)).RuleCode); // only signed members are scored
        Assert.Equal(OutcomeStatus.Invalid, (await _cluster.ScoreAsync("z117.truong", "Z125", 11)).Status);
        Assert.True((await _cluster.ScoreAsync("z117.truong", "Z125", 7)).Succeeded);
        var z125 = await _cluster.UnitIdAsync("Z125");
        var given = (await _cluster.ViewAsync()).Covenant!.Scores.Where(s => s.ScorerUnitId == member.OrgUnitId && s.ScoredUnitId == z125).ToList();
        Assert.Equal(5, given.Count); // the seeded points replaced, one per criterion
        Assert.All(given, s => Assert.Equal(7, s.Points));
    }

    /// <summary>Round after round, three members vote for one unit and three for the other: nobody reaches the threshold.</summary>
    private async Task SplitVoteAsync(int first, int second)
    {
        var covenantId = await CovenantIdAsync();
        var roundId = await OpenRoundIdAsync();
        foreach (var (login, i) in ClusterFixture.Leaders.Select((l, i) => (l, i)))
        {
            var cast = await _database.Get<CastAcclamationBallot>().ExecuteAsync(await _cluster.LeaderAsync(login), covenantId, roundId, i % 2 == 0 ? first : second, Ct);
            Assert.True(cast.Succeeded, cast.RuleCode);
        }
    }

    private async Task<Outcome<bool>> DecideAsync(ICurrentUser user, int unitId) =>
        await _database.Get<DecideClusterLeader>().ExecuteAsync(user, await CovenantIdAsync(), unitId, await VersionAsync(), Ct);

    private async Task<Outcome> ScoreZ125Async(ICurrentUser user, int covenantId)
    {
        var criteria = (await _cluster.ViewAsync()).Covenant!.Criteria;
        return await _database.Get<ScoreMember>().ExecuteAsync(user, new()
        {
            CovenantId = covenantId,
            ScoredUnitId = await _cluster.UnitIdAsync("Z125"),
            Points = criteria.ToDictionary(c => c.Id, _ => 8.0),
        }, Ct);
    }

    /// <summary>The leader of a factory of the same general department that is no member of the cluster.</summary>
    private async Task<TestUser> OutsideFactoryLeaderAsync()
    {
        await using var db = _database.NewContext();
        var department = db.OrgUnits.Single(u => u.Code == "TCCNQP");
        var factory = new OrgUnit("Z131", "Nhà máy Z131", OrgUnitKind.Factory, department, 500);
        db.OrgUnits.Add(factory);
        await db.SaveChangesAsync(Ct);
        return new TestUser("z131-leader", factory.Id, Roles.UnitLeader);
    }

    private async Task<int> CovenantIdAsync() => (await _cluster.ViewAsync()).Covenant!.Id;

    private async Task<Guid> VersionAsync() => (await _cluster.ViewAsync()).Covenant!.Version;

    private async Task<int> OpenRoundIdAsync() => (await _cluster.ViewAsync()).Covenant!.Acclamation.Rounds.Single(r => !r.IsClosed).Id;
}
