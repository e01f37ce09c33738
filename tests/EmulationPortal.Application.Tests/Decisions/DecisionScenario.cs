using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Decisions;

/// <summary>
/// The seeded demo with its 2021 round taken to council: PX1's fighters and collective accepted, the council approving
/// all but one, which it leaves to the competent person; the 2020 round's decision 1/QĐ-Z121 is already issued.
/// </summary>
internal static class DecisionScenario
{
    public static async Task<int> RoundInCouncilAsync(SqliteTestDatabase database, CancellationToken ct)
    {
        await using var db = database.NewContext();
        var round = await db.ReviewRounds.SingleAsync(r => r.Year == 2021, ct);
        round.Advance();
        var nominations = await db.Nominations.Where(n => n.RoundId == round.Id).OrderBy(n => n.Id).ToListAsync(ct);
        var officer = await db.Users.Where(u => u.Email == "chinhtri@z121.demo").Select(u => u.Id).SingleAsync(ct);
        foreach (var nomination in nominations)
        {
            nomination.Accept(round, officer);
            nomination.RecordCouncilOutcome(round, nomination == nominations[1] ? CouncilOutcome.LeftToCompetentPerson : CouncilOutcome.Approved);
        }

        await db.SaveChangesAsync(ct);
        return round.Id;
    }

    public static async Task<int> DraftAsync(SqliteTestDatabase database, TestUser officer, int roundId, CancellationToken ct)
    {
        var drafted = await database.Get<DraftDecision>().ExecuteAsync(officer, new(roundId, "Nguyễn Văn Thắng", "Giám đốc"), ct);
        Assert.True(drafted.Succeeded, drafted.RuleCode);
        return drafted.Value;
    }

    public static async Task<DecisionDetail> DetailAsync(SqliteTestDatabase database, TestUser officer, int decisionId, CancellationToken ct) =>
        (await database.Get<DecisionDetailQuery>().ExecuteAsync(officer, decisionId, ct))!;

    public static Task<TestUser> OfficerAsync(SqliteTestDatabase database, CancellationToken ct) =>
        DemoReviewFixture.UserAsync(database, "chinhtri", Roles.PoliticalOfficer, ct);
}
