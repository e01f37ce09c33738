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

    [Fact]
    public async Task The_next_rounds_chain_counts_a_record_year_and_a_decision_year_each_once_and_no_revoked_line()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var fighter = await User("px1.cnv08", Roles.Staff);
        var chainOfNine = await User("px1.cnv09", Roles.Staff);
        await using (var db = _database.NewContext())
        {
            // cnv08's 2020 title is now only in decision 1/QĐ-Z121; cnv09's stands both as a record and in the decision.
            db.AwardRecords.Remove(await db.AwardRecords.SingleAsync(a => a.UserId == fighter.UserId && a.Year == 2020, Ct));
            await db.SaveChangesAsync(Ct);
        }

        var titles = await PastTitlesAsync();
        Assert.Equal([2019, 2020], FighterYears(titles[fighter.UserId]));
        Assert.Equal(2, IndividualEligibility.ConsecutiveYears(titles[fighter.UserId], AwardTitle.GrassrootsFighter, 2020));
        Assert.Equal([2019, 2020], FighterYears(titles[chainOfNine.UserId]));

        await using (var db = _database.NewContext())
        {
            var decision = await db.AwardDecisions.SingleAsync(Ct);
            Assert.True((await _database.Get<RevokeDecision>().ExecuteAsync(officer, decision.Id, decision.Version, "Phát hiện sai phạm", Ct)).Succeeded);
        }

        titles = await PastTitlesAsync();
        Assert.Equal([2019], FighterYears(titles[fighter.UserId]));
        Assert.Equal(0, IndividualEligibility.ConsecutiveYears(titles[fighter.UserId], AwardTitle.GrassrootsFighter, 2020));
        Assert.Equal([2019, 2020], FighterYears(titles[chainOfNine.UserId])); // its imported record still stands
    }

    /// <summary>The earlier titles the 2021 round's evidence holds for each person, as the consecutive-year rules see them.</summary>
    private async Task<Dictionary<string, IReadOnlyList<PastTitle>>> PastTitlesAsync()
    {
        await using var db = _database.NewContext();
        var assessment = (await Application.Reviews.RoundAssessor.AssessAsync(db, await DemoReviewFixture.RoundIdAsync(_database, Ct), Ct))!;
        return assessment.People.ToDictionary(p => p.UserId, p => p.Evidence.PastTitles);
    }

    private static int[] FighterYears(IEnumerable<PastTitle> titles) =>
        titles.Where(t => t.Title == AwardTitle.GrassrootsFighter).Select(t => t.Year).Order().ToArray();

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = _database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }
}
