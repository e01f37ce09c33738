using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Council;

/// <summary>
/// The minutes of a session held on a round of its own: eight of nine present, one absent member's written vote, one
/// secret round on two nominees (9 of 9 approve the first, 5 the second). Downloaded as .docx and read back with Open XML.
/// </summary>
public class SessionMinutesDocumentTests(PortalAppFactory host) : IClassFixture<PortalAppFactory>
{
    private const string Chair = "px2.truong@z121.demo";
    private const string Absent = "px1.cnv02@z121.demo";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_minutes_download_as_a_word_file_with_attendance_the_count_the_written_vote_results_and_signatures_in_vietnamese()
    {
        var (sessionId, names) = await SessionWithOneClosedRoundAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(DemoAccounts.PoliticalOfficer.Email, ct: Ct);

        var response = await client.GetAsync(new Uri($"/council/sessions/{sessionId}/minutes.docx", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("BIÊN BẢN HỌP VÀ KIỂM PHIẾU HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", lines[0]);
        Assert.Contains("Thành viên có mặt: 8/9", lines);
        Assert.Contains("Thành viên vắng mặt: 1", lines);
        Assert.Contains($"– {names[Absent]}, Ủy viên", lines);
        Assert.Contains(lines, l => l.StartsWith("Có mặt 8/9 thành viên", StringComparison.Ordinal) && l.EndsWith("đủ túc số.", StringComparison.Ordinal));
        Assert.Contains("Vòng 1 (bỏ phiếu kín): 9 phiếu trên tổng số 9 thành viên", lines);
        Assert.Contains("Trong đó 1 phiếu bằng văn bản của thành viên vắng mặt.", lines);

        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList();
        var count = tables[0];
        Assert.Equal(["Người/tập thể được đề nghị", "Số phiếu đồng ý", "Tỷ lệ trên tổng số thành viên", "Kết quả"], count[0]);
        Assert.Equal(($"{names["px1.cnv08@z121.demo"]} (Phân xưởng 1 – Đạn dược)", "9/9", "Đạt"), (count[1][0], count[1][1], count[1][3]));
        Assert.Equal("5/9", count[2][1]);
        Assert.Equal("Không đủ tỷ lệ", count[2][3]);
        Assert.Equal(["Người/tập thể được đề nghị", "Kết quả"], tables[1][0]);
        var signatures = tables[2][0];
        Assert.StartsWith("THƯ KÝ", signatures[0], StringComparison.Ordinal);
        Assert.EndsWith(names[DemoAccounts.PoliticalOfficer.Email], signatures[0], StringComparison.Ordinal);
        Assert.StartsWith("CHỦ TỊCH HỘI ĐỒNG", signatures[1], StringComparison.Ordinal);
        Assert.EndsWith(names[Chair], signatures[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whoever_may_not_read_the_minutes_page_gets_no_file()
    {
        var (sessionId, _) = await SessionWithOneClosedRoundAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(DemoAccounts.Workshop1Staff.Email, ct: Ct);

        var response = await client.GetAsync(new Uri($"/council/sessions/{sessionId}/minutes.docx", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<(int SessionId, Dictionary<string, string> Names)>? _session;

    private Task<(int SessionId, Dictionary<string, string> Names)> SessionWithOneClosedRoundAsync() => _session ??= HoldSessionAsync();

    private async Task<(int SessionId, Dictionary<string, string> Names)> HoldSessionAsync()
    {
        var (roundId, nominees, names) = await RoundInCouncilAsync();
        var services = host.Services;
        var chair = await services.CurrentUserAsync(Chair);
        var opened = await services.RunAsync<OpenCouncilSession, Application.Common.Outcome<int>>(u => u.ExecuteAsync(chair, roundId, Ct));
        Assert.True(opened.Succeeded, opened.RuleCode);
        var id = opened.Value;
        foreach (var attendee in (await ViewAsync(chair, id)).Attendees.Where(a => a.FullName != names[Absent]))
        {
            var present = await services.RunAsync<RunCouncilSession, Application.Common.Outcome>(async run => await run.SetAttendanceAsync(chair, id, (await ViewAsync(chair, id)).Version, attendee.Id, true, Ct));
            Assert.True(present.Succeeded, present.RuleCode);
        }

        var started = await services.RunAsync<RunCouncilSession, Application.Common.Outcome>(async run => await run.StartBallotRoundAsync(chair, id, (await ViewAsync(chair, id)).Version, AwardTitle.GrassrootsFighter, Ct));
        Assert.True(started.Succeeded, started.RuleCode);
        var ballotRound = (await ViewAsync(chair, id)).OpenRound!.Id;
        string[] voters = [Chair, "px1.truong@z121.demo", DemoAccounts.PoliticalOfficer.Email, "px3.truong@z121.demo", "px4.truong@z121.demo", "pkt.cnv01@z121.demo", "pkh.cnv01@z121.demo", "pat.cnv01@z121.demo"];
        foreach (var (email, i) in voters.Select((e, i) => (e, i)))
        {
            await CastAsync(await services.CurrentUserAsync(email), id, ballotRound, i < 4 ? nominees : nominees[..1]);
        }

        var secretary = await services.CurrentUserAsync(DemoAccounts.PoliticalOfficer.Email);
        var absentId = (await ViewAsync(chair, id)).Attendees.Single(a => a.FullName == names[Absent]).Id;
        await CastAsync(secretary, id, ballotRound, nominees, absentId);
        var closed = await services.RunAsync<RunCouncilSession, Application.Common.Outcome>(async run => await run.CloseBallotRoundAsync(secretary, id, (await ViewAsync(secretary, id)).Version, ballotRound, null, Ct));
        Assert.True(closed.Succeeded, closed.RuleCode);
        return (id, names);
    }

    private async Task CastAsync(ICurrentUser voter, int sessionId, int ballotRound, IReadOnlyCollection<int> approved, int? writtenFor = null)
    {
        var cast = await host.Services.RunAsync<CastBallot, Application.Common.Outcome<string>>(b => b.ExecuteAsync(voter, sessionId, ballotRound, approved, writtenFor, Ct));
        Assert.True(cast.Succeeded, cast.RuleCode);
    }

    private async Task<CouncilSessionView> ViewAsync(ICurrentUser user, int sessionId) =>
        (await host.Services.RunAsync<CouncilSessionQuery, CouncilSessionView?>(q => q.ExecuteAsync(user, sessionId, Ct)))!;

    /// <summary>A 2021 round of its own (the year gives PX1 its fighter quota of four; the demo round stays as other tests expect) with two accepted CSTĐCS nominations of PX1, in council.</summary>
    private async Task<(int RoundId, int[] Nominees, Dictionary<string, string> Names)> RoundInCouncilAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        var users = await db.Users.Where(u => u.Email!.EndsWith("@z121.demo")).ToDictionaryAsync(u => u.Email!, Ct);
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code, Ct);
        var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121", Ct);
        var px1 = await db.OrgUnits.SingleAsync(u => u.Code == "PX1", Ct);
        var round = new ReviewRound("Phiên họp thử biên bản", 2021, factory.Id, ruleSet, new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.GrassrootsFighter]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(Ct);
        var at = new DateTime(2021, 12, 20, 2, 0, 0, DateTimeKind.Utc);
        var nominations = new[] { "px1.cnv08@z121.demo", "px1.cnv09@z121.demo" }.Select(e => Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, px1.Id,
            users[e].OrgUnitId, users[e].Id, "Hoàn thành xuất sắc nhiệm vụ.", users[DemoAccounts.Workshop1Leader.Email].Id, at)).ToList();
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync(Ct);
        nominations.ForEach(n => n.Accept(round, users[DemoAccounts.PoliticalOfficer.Email].Id));
        round.Advance();
        await db.SaveChangesAsync(Ct);
        return (round.Id, nominations.Select(n => n.Id).ToArray(), users.ToDictionary(u => u.Key, u => u.Value.FullName));
    }
}
