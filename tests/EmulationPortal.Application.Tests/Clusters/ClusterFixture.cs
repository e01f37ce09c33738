using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Clusters;

/// <summary>The demo cluster (DemoCluster): Z121 heads it, Z111 is the deputy, both still to sign; the others signed.</summary>
internal sealed class ClusterFixture(SqliteTestDatabase database, int clusterId)
{
    public static readonly string[] Leaders = ["z121.truong", "z111.truong", "z117.truong", "z125.truong", "z127.truong", "z129.truong"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public int ClusterId => clusterId;

    public static async Task<ClusterFixture> DemoAsync(SqliteTestDatabase database)
    {
        await using var db = database.NewContext();
        return new ClusterFixture(database, await db.Clusters.Select(c => c.Id).SingleAsync(Ct));
    }

    public Task<TestUser> LeaderAsync(string login) => DemoReviewFixture.UserAsync(database, login, Roles.UnitLeader, Ct);

    public async Task<ClusterView?> ViewAsync(TestUser user) => await database.Get<ClusterPageQuery>().ExecuteAsync(user, clusterId, null, Ct);

    public async Task<ClusterView> ViewAsync(string login = "z121.truong") => (await ViewAsync(await LeaderAsync(login)))!;

    public async Task<int> UnitIdAsync(string code)
    {
        await using var db = database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }

    /// <summary>The leader commits to what the others did (100 %, no incident…) and signs.</summary>
    public async Task<Common.Outcome> SignAsync(string login)
    {
        var view = await ViewAsync(login);
        var criteria = view.Covenant!.Criteria;
        return await database.Get<SignCovenant>().ExecuteAsync(await LeaderAsync(login), new()
        {
            CovenantId = view.Covenant.Id,
            Commitments = criteria.ToDictionary(c => c.Id, c => c.SortOrder switch { 0 => 100.0, 1 => 900, 3 => 20, _ => 0 }),
        }, Ct);
    }

    public async Task<Common.Outcome> ScoreAsync(string login, string scoredCode, double points, string? evidence = null)
    {
        var view = await ViewAsync(login);
        return await database.Get<ScoreMember>().ExecuteAsync(await LeaderAsync(login), new()
        {
            CovenantId = view.Covenant!.Id,
            ScoredUnitId = await UnitIdAsync(scoredCode),
            Points = view.Covenant.Criteria.ToDictionary(c => c.Id, _ => points),
            Evidence = evidence,
        }, Ct);
    }

    /// <summary>The General Department's open 2021 round for the flag, as the political department would open it.</summary>
    public async Task<int> FlagRoundAsync()
    {
        await using var db = database.NewContext();
        var department = await db.OrgUnits.SingleAsync(u => u.Code == "TCCNQP", Ct);
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code, Ct);
        var round = new ReviewRound("Bình xét Cờ thi đua năm 2021 – Tổng cục CNQP", 2021, department.Id, ruleSet, new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.EmulationFlag]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(Ct);
        return round.Id;
    }
}
