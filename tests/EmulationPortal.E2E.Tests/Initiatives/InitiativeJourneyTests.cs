using System.Text.RegularExpressions;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Initiatives;

/// <summary>
/// A worker files an initiative, the political department puts it before the council, records the members' votes and
/// recognises it; the drive's initiative figure of the worker's team moves on the dashboard, the review round shows it
/// as the worker's evidence (the worker attached a drawing to it once filed), and issuing a decision that awards the worker consumes it.
/// </summary>
public sealed class InitiativeJourneyTests(PortalBrowser browser)
{
    private const string Worker = "px1.cnv20@z121.demo"; // Tổ 1 – PX1, rated good, no initiative in the demo
    private const string Team = "Tổ 1 – Phân xưởng 1";
    private const string Title = "Đồ gá kẹp nhanh cho máy tiện vỏ đạn";
    private const string RoundName = "Bình xét đột xuất – kiểm thử sáng kiến";

    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };
    private static readonly LocatorAssertionsToContainTextOptions SlowText = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_filed_initiative_is_recognised_counts_on_the_dashboard_is_evidence_and_is_consumed_by_the_award()
    {
        await RoundWithApprovedNominationAsync();
        var officer = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);
        var before = await InitiativeCellAsync(officer);

        var worker = await browser.SignedInPageAsync(Worker);
        await FileAsync(worker);
        var address = new Uri(worker.Url).AbsolutePath;

        await officer.GotoAsync(address);
        await PortalBrowser.WaitUntilInteractiveAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Đưa ra Hội đồng đánh giá" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Đã đưa sáng kiến ra Hội đồng đánh giá.")).ToBeVisibleAsync(Slow);
        await RecordAgreementAsync(officer, DemoAccounts.PoliticalOfficer.FullName);
        await RecordAgreementAsync(officer, DemoAccounts.Workshop1Leader.FullName);
        await Assertions.Expect(officer.GetByText("Đồng ý: 2/3 thành viên tham gia đánh giá; cần ít nhất 2 để công nhận.")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(officer, "initiative-council");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Công nhận sáng kiến" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Đã công nhận sáng kiến.")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Xem trên bảng theo dõi" })).ToBeVisibleAsync(Slow);

        var after = await InitiativeCellAsync(officer);
        Assert.NotEqual(before, after);
        Assert.Contains("33", after, StringComparison.Ordinal); // 1 of the team's 3
        await Screenshots.TakeAsync(officer, "initiative-dashboard", fullPage: false);

        await worker.GotoAsync("/reviews/1");
        await Assertions.Expect(worker.GetByText(new Regex("^Sáng kiến SK-2021-\\d+ – " + Title))).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(worker, "initiative-review-evidence");

        await IssueDecisionAsync(officer);
        await officer.GotoAsync(address);
        await Assertions.Expect(officer.GetByText("Đã dùng để khen thưởng").First).ToBeVisibleAsync(Slow);
        await Assertions.Expect(officer.GetByText("Chiến sĩ thi đua cơ sở 2021")).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(officer, "initiative-consumed");

        await officer.GotoAsync("/initiatives");
        await officer.GetByLabel("Tìm theo mã hoặc tên").FillAsync("do ga kep");
        await officer.GetByLabel("Tìm theo mã hoặc tên").PressAsync("Enter");
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync(Slow);
        await officer.GetByLabel("Tìm theo mã hoặc tên").FillAsync(string.Empty);
        await officer.GetByLabel("Tìm theo mã hoặc tên").PressAsync("Enter");
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "Phối liệu pháo hoa giảm khói" })).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(officer, "initiative-register");
    }

    private static async Task FileAsync(IPage page)
    {
        await page.GotoAsync("/initiatives");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký sáng kiến" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký sáng kiến" })).ToBeVisibleAsync(Slow);
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("Tên sáng kiến").FillAsync(Title);
        await page.GetByLabel("Thực trạng, vấn đề cần giải quyết").FillAsync("Gá kẹp vỏ đạn bằng vít mất khoảng 4 phút mỗi chi tiết.");
        await page.GetByLabel("Nội dung giải pháp").FillAsync("Đồ gá kẹp nhanh bằng cam lệch tâm, một thao tác gạt tay.");
        await page.GetByLabel("Nơi áp dụng").FillAsync("Tổ 1, Phân xưởng 1");
        var since = page.GetByLabel("Áp dụng từ ngày", new() { Exact = true });
        await since.FillAsync("01/12/2020");
        await since.PressAsync("Tab");
        await page.GetByLabel("Số tiền làm lợi (đồng/năm, nếu đo được)").FillAsync("30.000.000");
        await page.GetByLabel("Số tiền làm lợi (đồng/năm, nếu đo được)").PressAsync("Tab");
        await Screenshots.TakeAsync(page, "initiative-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký với Hội đồng" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByText("Đã đăng ký").First).ToBeVisibleAsync(Slow);
        await AttachDrawingAsync(page);
    }

    /// <summary>Filed, the initiative still takes its files: the worker attaches a drawing (a PDF built here) and sees it listed.</summary>
    private static async Task AttachDrawingAsync(IPage page)
    {
        const string drawing = "Bản vẽ đồ gá.pdf";
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        var files = page.GetByRole(AriaRole.Region, new() { Name = "Tệp đính kèm" });
        await Assertions.Expect(files.GetByRole(AriaRole.Button, new() { Name = "Chọn tệp đính kèm" })).ToBeVisibleAsync(Slow);
        await files.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = drawing, MimeType = "application/pdf", Buffer = TestFiles.Pdf() });
        await Assertions.Expect(files.GetByRole(AriaRole.Link, new() { Name = drawing })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(files.GetByRole(AriaRole.Button, new() { Name = "Xóa tệp " + drawing })).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(page, "initiative-attachment");
    }

    private static async Task RecordAgreementAsync(IPage page, string member)
    {
        await page.GetByLabel("Thành viên").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = member }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi ý kiến đồng ý" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = member }).GetByText("Đồng ý")).ToBeVisibleAsync(Slow);
    }

    /// <summary>The team's figure on the drive's initiative criterion, as the units' heat-map row shows it.</summary>
    private static async Task<string> InitiativeCellAsync(IPage page)
    {
        await page.GotoAsync("/dashboard/1");
        var heatMap = page.GetByRole(AriaRole.Table, new() { Name = "Các đơn vị" });
        await Assertions.Expect(heatMap).ToBeVisibleAsync(Slow);
        var row = heatMap.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = Team, Exact = true }) });
        await Assertions.Expect(row).ToBeVisibleAsync(Slow);
        // The criterion's own cell, or the row's single "not reported" cell while the team has reported nothing.
        var cell = row.Locator("td[data-label='Sáng kiến, cải tiến kỹ thuật']");
        return (await (await cell.CountAsync() > 0 ? cell : row.Locator("td.heat-cell")).First.InnerTextAsync()).Trim();
    }

    private static async Task IssueDecisionAsync(IPage page)
    {
        await page.GotoAsync("/decisions");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quyết định khen thưởng", Exact = true }).WaitForAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("Đợt bình xét").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = RoundName }).ClickAsync();
        await page.GetByLabel("Họ tên người ký").FillAsync("Nguyễn Văn Thắng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soạn quyết định" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dự thảo quyết định khen thưởng" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành quyết định" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Quyết định số \d+\/QĐ-Z121$") }).WaitForAsync();
    }

    /// <summary>A round of its own (the demo's rounds stay as the other journeys expect): the worker nominated for CSTĐCS, accepted and approved by the council.</summary>
    private async Task RoundWithApprovedNominationAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var z121 = await db.OrgUnits.SingleAsync(u => u.Code == "Z121");
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var worker = await db.Users.SingleAsync(u => u.Email == Worker);
        var officer = await db.Users.SingleAsync(u => u.Email == DemoAccounts.PoliticalOfficer.Email);
        var round = new ReviewRound(RoundName, 2021, z121.Id, ruleSet, new(2021, 1, 10), new(2021, 1, 11), [AwardTitle.GrassrootsFighter]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        var nomination = Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, worker.OrgUnitId, worker.OrgUnitId, worker.Id, "Có sáng kiến được công nhận.", officer.Id, new DateTime(2021, 1, 10, 2, 0, 0, DateTimeKind.Utc));
        db.Nominations.Add(nomination);
        round.Advance();
        await db.SaveChangesAsync();
        nomination.Accept(round, officer.Id);
        nomination.RecordCouncilOutcome(round, CouncilOutcome.Approved);
        await db.SaveChangesAsync();
    }
}
