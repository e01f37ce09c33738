using EmulationPortal.Application.Council;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Council;

/// <summary>
/// The demo with its council of nine (DemoCouncil): the political department accepts every nomination and moves the
/// round to council, the chair opens the session, and the members named present attend.
/// </summary>
internal sealed class CouncilFixture(SqliteTestDatabase database, int roundId, int sessionId)
{
    public const string Chair = "px2.truong";
    public const string Secretary = "chinhtri";
    public static readonly string[] Members = [Chair, "px1.truong", Secretary, "px3.truong", "px4.truong", "pkt.cnv01", "pkh.cnv01", "pat.cnv01", "px1.cnv02"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SqliteTestDatabase Database => database;
    public int RoundId => roundId;
    public int SessionId => sessionId;
    public RunCouncilSession Run => database.Get<RunCouncilSession>();

    public static async Task<CouncilFixture> InCouncilAsync(SqliteTestDatabase database, int present)
    {
        var roundId = await DemoReviewFixture.RoundIdAsync(database, Ct);
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(database, Ct);
        await using (var db = database.NewContext())
        {
            foreach (var nomination in await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId).ToListAsync(Ct))
            {
                Assert.True((await database.Get<DecideNomination>().ExecuteAsync(officer, new() { NominationId = nomination.Id, Version = nomination.Version, Accept = true }, Ct)).Succeeded);
            }

            var round = await db.ReviewRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, Ct);
            Assert.True((await database.Get<AdvanceReviewRound>().ExecuteAsync(officer, roundId, round.Version, Ct)).Succeeded);
        }

        var opened = await database.Get<OpenCouncilSession>().ExecuteAsync(await UserAsync(database, Chair), roundId, Ct);
        var fixture = new CouncilFixture(database, roundId, opened.Value);
        foreach (var login in Members.Take(present))
        {
            var view = await fixture.ViewAsync(Chair);
            Assert.True((await fixture.Run.SetAttendanceAsync(await UserAsync(database, Chair), opened.Value, view.Version, fixture.AttendeeId(view, login), true, Ct)).Succeeded);
        }

        return fixture;
    }

    public static Task<TestUser> UserAsync(SqliteTestDatabase database, string login) =>
        DemoReviewFixture.UserAsync(database, login, login == Secretary ? Roles.PoliticalOfficer : login.EndsWith(".truong", StringComparison.Ordinal) ? Roles.UnitLeader : Roles.Staff, Ct);

    public Task<TestUser> UserAsync(string login) => UserAsync(database, login);

    public async Task<CouncilSessionView> ViewAsync(string login) =>
        (await database.Get<CouncilSessionQuery>().ExecuteAsync(await UserAsync(login), sessionId, Ct))!;

    public int AttendeeId(CouncilSessionView view, string login)
    {
        using var db = database.NewContext();
        var userId = db.Users.Single(u => u.Email == login + "@z121.demo").Id;
        return db.Set<SessionAttendee>().Single(a => a.SessionId == view.Id && a.UserId == userId).Id;
    }

    public async Task<int> StartAsync(AwardTitle title)
    {
        var view = await ViewAsync(Chair);
        var started = await Run.StartBallotRoundAsync(await UserAsync(Chair), sessionId, view.Version, title, Ct);
        Assert.True(started.Succeeded, started.RuleCode);
        return (await ViewAsync(Chair)).OpenRound!.Id;
    }

    public async Task<int[]> NomineesAsync(AwardTitle title) =>
        (await ViewAsync(Chair)).Agenda.Single(a => a.Rule.Title == title).Nominees.Select(n => n.NominationId).ToArray();

    public async Task<Common.Outcome<string>> CastAsync(string login, int ballotRoundId, IReadOnlyCollection<int> approved, int? writtenFor = null) =>
        await database.Get<CastBallot>().ExecuteAsync(await UserAsync(login), sessionId, ballotRoundId, approved, writtenFor, Ct);

    public async Task<Common.Outcome> CloseRoundAsync(int ballotRoundId, IReadOnlyDictionary<int, int>? openApprovals = null) =>
        await Run.CloseBallotRoundAsync(await UserAsync(Secretary), sessionId, (await ViewAsync(Secretary)).Version, ballotRoundId, openApprovals, Ct);
}
