using EmulationPortal.Application.Decisions;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Decisions;

public class DecisionNumberingTests
{
    private const int Parallel = 8;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decisions_issued_at_the_same_moment_get_consecutive_numbers_of_their_unit_and_year_without_a_gap_or_a_duplicate()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        var officer = await DecisionScenario.OfficerAsync(database, Ct);
        var roundId = await DecisionScenario.RoundInCouncilAsync(database, Ct);
        var drafts = await DraftsAsync(database, roundId, officer.UserId);

        var issue = drafts.Select(d => Task.Run(() => database.Get<IssueDecision>().ExecuteAsync(officer, d.Id, d.Version, Ct), Ct)).ToList();
        var outcomes = await Task.WhenAll(issue);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Status + " " + o.RuleCode));
        await using var db = database.NewContext();
        var numbers = await db.AwardDecisions.Where(d => d.Year == 2021).Select(d => d.Number!).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(1, Parallel).Select(i => $"{i}/QĐ-Z121"), numbers.OrderBy(n => int.Parse(n.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("1/QĐ-Z121", await db.AwardDecisions.Where(d => d.Year == 2020).Select(d => d.Number).SingleAsync(Ct)); // another year, its own series
    }

    [Fact]
    public async Task The_store_refuses_a_second_decision_with_the_same_number_of_a_unit_and_year()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        var roundId = await DecisionScenario.RoundInCouncilAsync(database, Ct);
        await DraftsAsync(database, roundId, (await DecisionScenario.OfficerAsync(database, Ct)).UserId);
        await using var db = database.NewContext();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE AwardDecisions SET Year = 2021, Sequence = 7 WHERE Status = 0", Ct));

        Assert.True(Data.SaveFailures.IsDuplicateKey(failure));
    }

    /// <summary>Drafts straight through the domain: the use case drafts one per round, the series is the unit's across rounds.</summary>
    private static async Task<List<AwardDecision>> DraftsAsync(SqliteTestDatabase database, int roundId, string byUserId)
    {
        await using var db = database.NewContext();
        var round = await db.ReviewRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, Ct);
        var book = await db.RuleSets.Where(s => s.Id == round.RuleSetId).Select(s => s.Book).SingleAsync(Ct);
        var nomination = await db.Nominations.AsNoTracking().FirstAsync(n => n.RoundId == roundId && n.CouncilOutcome == CouncilOutcome.Approved, Ct);
        var drafts = Enumerable.Range(0, Parallel).Select(_ =>
        {
            var draft = new AwardDecision(round, "Căn cứ …;", [DecisionLine.For(nomination, "Người nhận", "PX1", "CSTĐCS", book.BonusFor(nomination.Title))], byUserId, new DateTime(2021, 1, 12, 3, 0, 0, DateTimeKind.Utc));
            draft.SetSigner("Nguyễn Văn Thắng", "Giám đốc");
            return draft;
        }).ToList();
        db.AwardDecisions.AddRange(drafts);
        await db.SaveChangesAsync(Ct);
        return drafts;
    }
}
