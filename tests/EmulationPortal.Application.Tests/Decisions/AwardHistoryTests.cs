using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Decisions;

public class AwardHistoryTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<TestUser> User(string login, string role) => DemoReviewFixture.UserAsync(_database, login, role, Ct);

    [Fact]
    public async Task A_person_their_unit_leaders_and_the_political_department_read_the_history_and_nobody_else()
    {
        var person = await User("px1.cnv08", Roles.Staff);
        var history = _database.Get<AwardHistoryQuery>();

        var own = await history.ForPersonAsync(person, person.UserId, Ct);
        var entry = Assert.Single(own!.Entries);
        Assert.Equal((2020, AwardTitle.GrassrootsFighter, "1/QĐ-Z121", false), (entry.Year, entry.Title, entry.Number, entry.Revoked));
        Assert.NotNull(await history.ForPersonAsync(await User("px1.truong", Roles.UnitLeader), person.UserId, Ct));
        Assert.NotNull(await history.ForPersonAsync(await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct), person.UserId, Ct));
        Assert.Null(await history.ForPersonAsync(await User("px1.cnv09", Roles.Staff), person.UserId, Ct));
        Assert.Null(await history.ForPersonAsync(await User("px2.truong", Roles.UnitLeader), person.UserId, Ct));
    }

    [Fact]
    public async Task A_revoked_decision_stays_in_the_history_marked_and_no_longer_counts()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        await using (var db = _database.NewContext())
        {
            var decision = await db.AwardDecisions.SingleAsync(Ct);
            Assert.True((await _database.Get<RevokeDecision>().ExecuteAsync(officer, decision.Id, decision.Version, "Phát hiện sai phạm", Ct)).Succeeded);
        }

        var px1 = await _database.Get<AwardHistoryQuery>().ForUnitAsync(officer, await UnitIdAsync("PX1"), Ct);

        var entry = Assert.Single(px1!.Entries);
        Assert.True(entry.Revoked);
        Assert.Empty(px1.Standing);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = _database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }
}
