using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Council;

/// <summary>
/// Two ballot rounds in the browser. PX1 nominates five fighters against its quota of four; all nine members sit. In
/// round 1 five members vote from their own browsers and four cast theirs through the same use case: three nominees get
/// 9 of 9, two get 8 of 9, so those two tie for the last place and go to round 2, where two members vote in their
/// browsers and seven through the use case; 9 against 8 decides it. The minutes (page and .docx) show both rounds.
/// A round of its own, without "2021" in its name, leaves the demo's rounds as the other journeys expect them.
/// </summary>
public sealed class SecondRoundJourneyTests(PortalBrowser browser)
{
    private const string Chair = "px2.truong@z121.demo";
    private static readonly string[] BrowserVoters = [Chair, DemoAccounts.PoliticalOfficer.Email, "px1.truong@z121.demo", "px3.truong@z121.demo", "px4.truong@z121.demo"];
    private static readonly string[] OtherVoters = ["pkt.cnv01@z121.demo", "pkh.cnv01@z121.demo", "pat.cnv01@z121.demo", "px1.cnv02@z121.demo"];
    private static readonly string[] Nominees = ["px1.cnv08", "px1.cnv09", "px1.cnv11", "px1.cnv13", "px1.cnv01"];
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task Five_members_vote_in_their_browsers_the_tie_goes_to_round_two_and_the_minutes_show_both_rounds()
    {
        var (roundId, nominees) = await RoundInCouncilAsync();
        var (chair, sessionPath) = await CouncilRounds.OpenSessionAsync(browser, Chair, roundId);
        var sessionId = int.Parse(sessionPath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await AllPresentAsync(sessionId);

        await ReloadAsync(chair, sessionPath);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu vòng 1" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("Vòng 1 đang bỏ phiếu", new() { Exact = false })).ToBeVisibleAsync(Slow);
        var pages = new Dictionary<string, IPage> { [Chair] = chair };
        foreach (var email in BrowserVoters)
        {
            pages[email] = email == Chair ? chair : await browser.SignedInPageAsync(email);
            await VoteAsync(pages[email], sessionPath, nominees.Values);
        }

        // Four more ballots: three approve everyone, the last only the first three, so the last two nominees have 8 of 9.
        await CastAsync(sessionId, OtherVoters[..3], [.. nominees.Keys]);
        await CastAsync(sessionId, OtherVoters[3..], [.. nominees.Keys.Take(3)]);
        await ReloadAsync(chair, sessionPath);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng 1 và kiểm phiếu" }).ClickAsync();
        var round1 = chair.GetByRole(AriaRole.Table).Filter(new() { HasText = "Vòng 1 (bỏ phiếu kín): 9 phiếu" });
        await Assertions.Expect(Row(round1, nominees.Values.First(), "9 / 9").GetByText("Đạt")).ToBeVisibleAsync(Slow);
        foreach (var tied in nominees.Values.Skip(3))
        {
            await Assertions.Expect(Row(round1, tied, "8 / 9").GetByText("Bằng phiếu, chưa quyết định")).ToBeVisibleAsync(Slow);
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu vòng 2" }).ClickAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(chair.GetByText("Vòng 2 đang bỏ phiếu", new() { Exact = false })).ToBeVisibleAsync(Slow);
        var tiedIds = nominees.Keys.Skip(3).ToArray();
        foreach (var email in BrowserVoters[3..])
        {
            await VoteAsync(pages[email], sessionPath, tiedIds.Select(id => nominees[id]));
        }

        await CastAsync(sessionId, [.. BrowserVoters[..3], .. OtherVoters[..3]], tiedIds);
        await CastAsync(sessionId, OtherVoters[3..], tiedIds[..1]);
        await ReloadAsync(chair, sessionPath);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng 2 và kiểm phiếu" }).ClickAsync();
        var round2 = chair.GetByRole(AriaRole.Table).Filter(new() { HasText = "Vòng 2 (bỏ phiếu kín): 9 phiếu" });
        await Assertions.Expect(Row(round2, nominees[tiedIds[0]], "9 / 9").GetByText("Đạt")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(Row(round2, nominees[tiedIds[1]], "8 / 9").GetByText("Vượt chỉ tiêu")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(chair, "council-second-round");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiên họp và ghi kết quả" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("Đã kết thúc")).ToBeVisibleAsync(Slow);
        await MinutesShowBothRoundsAsync(chair, sessionPath);
    }

    private static async Task MinutesShowBothRoundsAsync(IPage chair, string sessionPath)
    {
        await chair.GotoAsync(sessionPath + "/minutes");
        await Assertions.Expect(chair.GetByRole(AriaRole.Table).Filter(new() { HasText = "Vòng 1 (bỏ phiếu kín)" })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(chair.GetByRole(AriaRole.Table).Filter(new() { HasText = "Vòng 2 (bỏ phiếu kín)" })).ToBeVisibleAsync(Slow);

        var download = await chair.RunAndWaitForDownloadAsync(() => chair.GetByRole(AriaRole.Link, new() { Name = "Tải biên bản (.docx)" }).ClickAsync());
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Vòng 1 (bỏ phiếu kín): 9 phiếu trên tổng số 9 thành viên", text, StringComparison.Ordinal);
        Assert.Contains("Vòng 2 (bỏ phiếu kín): 9 phiếu trên tổng số 9 thành viên", text, StringComparison.Ordinal);
        Assert.Contains("Vượt chỉ tiêu", text, StringComparison.Ordinal);
    }

    /// <summary>A nominee's row of a count, where they stand with their nominating unit.</summary>
    private static ILocator Row(ILocator table, string nominee, string count) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Cell, new() { Name = $"{nominee} (Phân xưởng 1 – Đạn dược)", Exact = true }) })
            .Filter(new() { HasText = count });

    private static async Task ReloadAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await PortalBrowser.WaitUntilInteractiveAsync(page);
    }

    /// <summary>Ticks each nominee (by the full name, exactly, as the ballot lists them) and casts the ballot; the receipt proves it was taken.</summary>
    private static async Task VoteAsync(IPage page, string sessionPath, IEnumerable<string> approved)
    {
        await ReloadAsync(page, sessionPath);
        foreach (var name in approved)
        {
            await page.GetByLabel($"Đồng ý: {name}", new() { Exact = true }).CheckAsync(new() { Timeout = 20_000 });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Bỏ phiếu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Mã xác nhận" })).ToBeVisibleAsync(Slow);
    }

    /// <summary>Ballots of the members not driven by a browser, through the same use case the ballot form calls.</summary>
    private async Task CastAsync(int sessionId, IEnumerable<string> voters, IReadOnlyCollection<int> approved)
    {
        foreach (var email in voters)
        {
            var voter = await browser.Services.CurrentUserAsync(email);
            var view = await ViewAsync(voter, sessionId);
            var cast = await browser.Services.RunAsync<CastBallot, Outcome<string>>(b => b.ExecuteAsync(voter, sessionId, view.OpenRound!.Id, approved, null));
            Assert.True(cast.Succeeded, cast.RuleCode);
        }
    }

    /// <summary>Everyone sits: attendance as the chair takes it (the first journey clicks it in the browser).</summary>
    private async Task AllPresentAsync(int sessionId)
    {
        var chair = await browser.Services.CurrentUserAsync(Chair);
        foreach (var attendee in (await ViewAsync(chair, sessionId)).Attendees)
        {
            var version = (await ViewAsync(chair, sessionId)).Version;
            var present = await browser.Services.RunAsync<RunCouncilSession, Outcome>(run => run.SetAttendanceAsync(chair, sessionId, version, attendee.Id, true));
            Assert.True(present.Succeeded, present.RuleCode);
        }
    }

    private async Task<CouncilSessionView> ViewAsync(ICurrentUser user, int sessionId) =>
        (await browser.Services.RunAsync<CouncilSessionQuery, CouncilSessionView?>(q => q.ExecuteAsync(user, sessionId)))!;

    /// <summary>A 2021 round (its ratings give PX1 a fighter quota of four) with five CSTĐCS nominations of PX1.</summary>
    private async Task<(int RoundId, Dictionary<int, string> Nominees)> RoundInCouncilAsync()
    {
        var (roundId, nominees, _) = await CouncilRounds.InCouncilAsync(browser.Services, "Phiên họp thử hai vòng bỏ phiếu", 2021, [.. Nominees.Select(n => n + "@z121.demo")]);
        return (roundId, nominees);
    }
}
