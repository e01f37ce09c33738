using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>The seeded demo (with its open 2021 review round; the 2020 one is decided) on a real SQLite file, and the demo people as current users.</summary>
internal static class DemoReviewFixture
{
    public static async Task<int> RoundIdAsync(SqliteTestDatabase database, CancellationToken ct)
    {
        await using var db = database.NewContext();
        return await db.ReviewRounds.Where(r => r.Year == EmulationPortal.Application.Reviews.DemoReview.Year).Select(r => r.Id).SingleAsync(ct);
    }

    public static async Task<TestUser> UserAsync(SqliteTestDatabase database, string login, string role, CancellationToken ct)
    {
        await using var db = database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == login + "@z121.demo", ct);
        return new TestUser(user.Id, user.OrgUnitId, role);
    }

    public static Task<TestUser> PoliticalOfficerAsync(SqliteTestDatabase database, CancellationToken ct) =>
        UserAsync(database, "chinhtri", Roles.PoliticalOfficer, ct);
}
