using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Council;

/// <summary>
/// A council session in the browser: the chair opens it from a round in council, takes attendance, starts the secret
/// ballot, three members vote from their own browsers, and the count (3 of 9, under 80 %) and the minutes show it.
/// The test's own round (2020) leaves the demo's 2021 round as the other journeys expect it.
/// </summary>
public sealed class CouncilJourneyTests(PortalBrowser browser)
{
    private const string Chair = "px2.truong@z121.demo";
    private static readonly string[] Present = [Chair, "px1.truong@z121.demo", DemoAccounts.PoliticalOfficer.Email, "px3.truong@z121.demo", "px4.truong@z121.demo", "pkt.cnv01@z121.demo"];
    private static readonly string[] Voters = [Chair, DemoAccounts.PoliticalOfficer.Email, "px1.truong@z121.demo"];
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_chair_opens_the_session_and_members_vote_secretly_from_their_own_browsers()
    {
        var (roundId, nominee, names) = await RoundInCouncilAsync();
        var (chair, sessionPath) = await CouncilRounds.OpenSessionAsync(browser, Chair, roundId);

        foreach (var email in Present)
        {
            var row = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = names[email] });
            await row.GetByRole(AriaRole.Checkbox).Or(row.GetByRole(AriaRole.Switch)).CheckAsync();
            await Assertions.Expect(row.GetByText("Có mặt", new() { Exact = true })).ToBeVisibleAsync(Slow);
        }

        await Assertions.Expect(chair.GetByText("Có mặt 6/9 thành viên", new() { Exact = false })).ToBeVisibleAsync(Slow);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu vòng 1" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã ghi nhận.", new() { Timeout = 20_000 });
        await Assertions.Expect(chair.GetByText("Vòng 1 đang bỏ phiếu", new() { Exact = false })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Bỏ phiếu" })).ToBeVisibleAsync(Slow);

        foreach (var email in Voters)
        {
            var page = email == Chair ? chair : await browser.SignedInPageAsync(email);
            await page.GotoAsync(sessionPath);
            await PortalBrowser.WaitUntilInteractiveAsync(page);
            await page.GetByLabel($"Đồng ý: {nominee}").First.CheckAsync(new() { Timeout = 20_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Bỏ phiếu" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Mã xác nhận" })).ToBeVisibleAsync(Slow);
        }

        await chair.GotoAsync(sessionPath);
        await PortalBrowser.WaitUntilInteractiveAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng 1 và kiểm phiếu" }).ClickAsync(new() { Timeout = 20_000 });
        var count = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = nominee }).Filter(new() { HasText = "3 / 9" });
        await Assertions.Expect(count.GetByText("Không đủ tỷ lệ")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(chair, "council-session");

        await chair.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiên họp và ghi kết quả" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("Đã kết thúc")).ToBeVisibleAsync(Slow);
        await chair.GotoAsync(sessionPath + "/minutes");
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Biên bản họp và kiểm phiếu Hội đồng Thi đua – Khen thưởng" })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(chair.GetByText("Thành viên có mặt: 6/9")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(chair, "council-minutes");
    }

    /// <summary>A 2020 round of Z121 with one accepted CSTĐCS nomination, moved to council.</summary>
    private async Task<(int RoundId, string Nominee, Dictionary<string, string> Names)> RoundInCouncilAsync()
    {
        var (roundId, nominees, names) = await CouncilRounds.InCouncilAsync(browser.Services, "Phiên họp thử của Hội đồng", 2020, "px1.cnv08@z121.demo");
        return (roundId, nominees.Values.Single(), names);
    }
}
