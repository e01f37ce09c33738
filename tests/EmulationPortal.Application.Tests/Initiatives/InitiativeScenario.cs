using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Application.Tests.Reviews;

namespace EmulationPortal.Application.Tests.Initiatives;

/// <summary>The seeded demo's people as current users, and a form a worker fills in.</summary>
internal static class InitiativeScenario
{
    public static Task<TestUser> StaffAsync(SqliteTestDatabase database, string login, CancellationToken ct) =>
        DemoReviewFixture.UserAsync(database, login, Roles.Staff, ct);

    public static Task<TestUser> OfficerAsync(SqliteTestDatabase database, CancellationToken ct) =>
        DemoReviewFixture.PoliticalOfficerAsync(database, ct);

    public static InitiativeForm Form(params (TestUser Author, double Share)[] authors) => new()
    {
        Title = "Đồ gá kẹp nhanh cho máy tiện vỏ đạn",
        Problem = "Gá kẹp mất 4 phút mỗi chi tiết.",
        Solution = "Đồ gá kẹp nhanh bằng cam lệch tâm.",
        AppliedAt = "Tổ 1, Phân xưởng 1",
        AppliedSince = new DateTime(2020, 12, 1),
        SavingVnd = 30_000_000,
        Authors = authors.Select(a => new InitiativeForm.AuthorShare { UserId = a.Author.UserId, Share = a.Share }).ToList(),
    };

    /// <summary>Filed by the worker, put before the council and agreed by the officer and PKT's engineer: recognised at base level.</summary>
    public static async Task<int> RecognisedAsync(SqliteTestDatabase database, TestUser worker, CancellationToken ct)
    {
        var officer = await OfficerAsync(database, ct);
        var engineer = await StaffAsync(database, "pkt.cnv01", ct);
        var form = Form((worker, 100));
        form.File = true;
        var id = (await database.Get<SaveInitiative>().ExecuteAsync(worker, form, ct)).Value;
        await database.Get<StartInitiativeEvaluation>().ExecuteAsync(officer, id, await VersionAsync(database, officer, id, ct), ct);
        await database.Get<RecordInitiativeVote>().ExecuteAsync(officer, new(id, await VersionAsync(database, officer, id, ct), officer.UserId, true, 85), ct);
        await database.Get<RecordInitiativeVote>().ExecuteAsync(engineer, new(id, await VersionAsync(database, officer, id, ct), engineer.UserId, true, 80), ct);
        var concluded = await database.Get<ConcludeInitiative>().ExecuteAsync(officer, new(id, await VersionAsync(database, officer, id, ct), Domain.Reviews.InitiativeScope.Base, null), ct);
        Assert.True(concluded.Succeeded, concluded.RuleCode);
        return id;
    }

    public static async Task<Guid> VersionAsync(SqliteTestDatabase database, TestUser user, int id, CancellationToken ct) =>
        (await database.Get<InitiativeDetailQuery>().ExecuteAsync(user, id, ct))!.Version;
}
