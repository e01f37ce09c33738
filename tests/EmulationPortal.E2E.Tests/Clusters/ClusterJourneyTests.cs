using EmulationPortal.Application.Access;
using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Clusters;

/// <summary>
/// The cluster's year end in the browser: Z121's director (the head) and Z111's (the deputy) sign the covenant, score
/// each other and see the ranking follow; the head opens the vote, both cast their units' secret ballots (the four
/// other members' leaders vote through the use case), the count acclaims Z121 and the head proposes it for the flag,
/// which then shows among the General Department's review round's nominations.
/// </summary>
public sealed class ClusterJourneyTests(PortalBrowser browser)
{
    private const string Z121 = "Nhà máy Z121 (Công ty TNHH MTV Hóa chất 21)";
    private const string Z111 = "Nhà máy Z111 (Công ty TNHH MTV Cơ khí Hóa chất 11)";
    // The cluster page is the portal's largest (six members side by side); on a loaded 2-core machine its steps took over 20 s.
    private const float Patient = 45_000;
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = Patient };

    [Fact]
    public async Task Two_leaders_sign_score_each_other_and_the_acclaimed_unit_is_proposed_for_the_flag()
    {
        await FlagRoundAsync();
        var head = await OpenClusterAsync(DemoAccounts.Z121Director.Email);
        await Screenshots.TakeAsync(head, "cluster-page");
        await SignAsync(head, "Nguyễn Quốc Thịnh");
        var deputy = await OpenClusterAsync(DemoAccounts.Z111Director.Email);
        await SignAsync(deputy, "Lê Văn Hùng");

        await ScoreAsync(head, Z111, "9");
        await ScoreAsync(deputy, Z121, "9,5");
        // The ranking is the table with the totals (MudSimpleTable puts attributes on its wrapper, so the table has no name of its own).
        var ranking = deputy.GetByRole(AriaRole.Table).Filter(new() { Has = deputy.GetByRole(AriaRole.Columnheader, new() { Name = "Tổng điểm" }) });
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(Z121, new() { Timeout = Patient });
        await Screenshots.TakeAsync(deputy, "cluster-ranking");

        await head.ReloadAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(head);
        await head.GetByRole(AriaRole.Button, new() { Name = "Mở vòng bỏ phiếu 1" }).ClickAsync(new() { Timeout = Patient });
        await Assertions.Expect(head.GetByText("đang bỏ phiếu, 0/6 đơn vị đã bỏ phiếu", new() { Exact = false })).ToBeVisibleAsync(Slow);
        await OthersVoteAsync();
        foreach (var page in new[] { head, deputy })
        {
            await page.ReloadAsync();
            await PortalBrowser.WaitUntilInteractiveAsync(page);
            await page.GetByRole(AriaRole.Radio, new() { Name = Z121 }).CheckAsync(new() { Timeout = Patient });
            await page.GetByRole(AriaRole.Button, new() { Name = "Bỏ phiếu", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Mã xác nhận" })).ToBeVisibleAsync(Slow);
        }

        await head.ReloadAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(head);
        await head.GetByRole(AriaRole.Button, new() { Name = "Kết thúc vòng và kiểm phiếu" }).ClickAsync(new() { Timeout = Patient });
        await Assertions.Expect(head.GetByText($"Cụm đã suy tôn {Z121} là đơn vị dẫn đầu.")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(head, "cluster-vote");

        await head.GetByRole(AriaRole.Button, new() { Name = $"Đề nghị tặng Cờ thi đua cho {Z121}" }).ClickAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "Xem trong đợt bình xét" }).ClickAsync(new() { Timeout = Patient });
        await head.WaitForURLAsync("**/reviews/*");
        await PortalBrowser.WaitUntilInteractiveAsync(head);
        await head.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Đề nghị") }).ClickAsync(new() { Timeout = Patient });
        var nomination = head.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cờ thi đua" }).Filter(new() { HasText = Z121 });
        await Assertions.Expect(nomination.First).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(head, "cluster-flag-nomination");
    }

    private async Task<IPage> OpenClusterAsync(string email)
    {
        var page = await browser.SignedInPageAsync(email);
        page.SetDefaultTimeout(Patient);
        page.SetDefaultNavigationTimeout(Patient);
        await page.GotoAsync("/clusters", new() { Timeout = Patient });
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        // Followed by its address, not clicked: typing into a page still turning interactive after an in-app navigation was lost.
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Cụm thi đua Sản xuất đạn và kinh doanh vật liệu nổ công nghiệp" });
        await page.GotoAsync((await link.GetAttributeAsync("href", new() { Timeout = Patient }))!, new() { Timeout = Patient });
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>The same commitments the peers signed for: 100 % of the plan, 900 tỷ đồng, no incident, 20 initiatives, no violation.</summary>
    private static async Task SignAsync(IPage page, string leader)
    {
        string[] values = ["100", "900", "0", "20", "0"];
        var fields = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cam kết: ") });
        for (var i = 0; i < values.Length; i++)
        {
            await fields.Nth(i).FillAsync(values[i], new() { Timeout = Patient });
            await fields.Nth(i).BlurAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ký giao ước" }).ClickAsync();
        await Assertions.Expect(page.GetByText(leader + " ký lúc", new() { Exact = false })).ToBeVisibleAsync(Slow);
    }

    private static async Task ScoreAsync(IPage page, string unit, string points)
    {
        await page.ReloadAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("Đơn vị được chấm").ClickAsync(new() { Timeout = Patient });
        await page.GetByRole(AriaRole.Option, new() { Name = unit }).ClickAsync();
        var fields = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Điểm: ") });
        await Assertions.Expect(fields).ToHaveCountAsync(5, new() { Timeout = Patient });
        for (var i = 0; i < 5; i++)
        {
            await fields.Nth(i).FillAsync(points);
            await fields.Nth(i).BlurAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu." })).ToBeVisibleAsync(Slow);
    }

    /// <summary>Z117, Z125 and Z127 vote for Z121, Z129 for Z117: with the two in the browser, 5 of 6 (≥ 80 %).</summary>
    private async Task OthersVoteAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var covenant = await db.Covenants.AsNoTracking().AsSplitQuery().SingleAsync();
        var round = covenant.AcclamationRounds.Single();
        var units = await db.OrgUnits.Where(u => u.Code.StartsWith("Z1")).ToDictionaryAsync(u => u.Code, u => u.Id);
        using var scope = browser.Services.CreateScope();
        var cast = scope.ServiceProvider.GetRequiredService<CastAcclamationBallot>();
        foreach (var code in new[] { "Z117", "Z125", "Z127", "Z129" })
        {
            var leader = await db.Users.SingleAsync(u => u.Email == $"{code.ToLowerInvariant()}.truong@z121.demo");
            var outcome = await cast.ExecuteAsync(new Leader(leader.Id, leader.OrgUnitId), covenant.Id, round.Id, units[code == "Z129" ? "Z117" : "Z121"]);
            Assert.True(outcome.Succeeded, outcome.RuleCode);
        }
    }

    /// <summary>The General Department's open 2021 round for the flag, as its political department would open it.</summary>
    private async Task FlagRoundAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var department = await db.OrgUnits.SingleAsync(u => u.Code == "TCCNQP");
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var round = new ReviewRound("Bình xét Cờ thi đua năm 2021 – Tổng cục CNQP", 2021, department.Id, ruleSet, new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.EmulationFlag]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
    }

    private sealed record Leader(string UserId, int OrgUnitId) : ICurrentUser
    {
        public bool IsInRole(string role) => role == Roles.UnitLeader;
    }
}
