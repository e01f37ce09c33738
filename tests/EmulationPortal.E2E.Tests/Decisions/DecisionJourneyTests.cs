using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Decisions;

/// <summary>
/// The political department drafts and issues a decision, opens a certificate, anyone checks it by its QR code's
/// address without signing in, and after a revocation the same address says it was revoked.
/// </summary>
public sealed class DecisionJourneyTests(PortalBrowser browser)
{
    private const string RoundName = "Bình xét đột xuất – kiểm thử quyết định";

    [Fact]
    public async Task An_issued_certificate_verifies_in_public_and_tells_its_revocation()
    {
        await RoundWithApprovedNominationAsync();
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);

        await page.GotoAsync("/decisions");
        await PortalBrowser.WaitUntilInteractiveAsync(page); // a click before the circuit is up is lost
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quyết định khen thưởng", Exact = true }).WaitForAsync();
        await Screenshots.TakeAsync(page, "decision-list");
        await page.GetByLabel("Đợt bình xét").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = RoundName }).ClickAsync();
        await page.GetByLabel("Họ tên người ký").FillAsync("Nguyễn Văn Thắng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Soạn quyết định" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dự thảo quyết định khen thưởng" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành quyết định" }).ClickAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Quyết định số \d+\/QĐ-Z121$") });
        await heading.WaitForAsync();
        await Screenshots.TakeAsync(page, "decision-issued");

        await page.GetByRole(AriaRole.Link, new() { Name = "Giấy chứng nhận số 1" }).ClickAsync();
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "Mã QR để kiểm tra giấy chứng nhận" });
        var verifyUrl = await qr.GetAttributeAsync("data-verify-url");
        await Screenshots.TakeAsync(page, "decision-certificate");

        var stranger = await browser.NewPageAsync();
        await stranger.GotoAsync(verifyUrl!);
        await Assertions.Expect(stranger.GetByRole(AriaRole.Status)).ToContainTextAsync("Giấy chứng nhận hợp lệ");
        await Screenshots.TakeAsync(stranger, "decision-verify");

        await page.GoBackAsync();
        await page.GetByLabel("Lý do thu hồi").FillAsync("Kê khai thành tích không trung thực");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thu hồi quyết định");

        await stranger.ReloadAsync();
        await Assertions.Expect(stranger.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã thu hồi");
        await Screenshots.TakeAsync(stranger, "decision-verify-revoked");
    }

    /// <summary>A round of its own, so the demo's rounds stay as the other journeys expect: one worker, accepted and approved by the council.</summary>
    private async Task RoundWithApprovedNominationAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var z121 = await db.OrgUnits.SingleAsync(u => u.Code == "Z121");
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var worker = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Workshop1Staff.Email);
        var officer = await db.Users.SingleAsync(u => u.Email == DemoAccounts.PoliticalOfficer.Email);
        var round = new ReviewRound(RoundName, 2019, z121.Id, ruleSet, new(2019, 12, 15), new(2019, 12, 25), [AwardTitle.AdvancedWorker]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        var nomination = Nomination.OfPerson(round, AwardTitle.AdvancedWorker, worker.OrgUnitId, worker.OrgUnitId, worker.Id, "Hoàn thành tốt nhiệm vụ.", officer.Id, new DateTime(2019, 12, 20, 2, 0, 0, DateTimeKind.Utc));
        db.Nominations.Add(nomination);
        round.Advance();
        await db.SaveChangesAsync();
        nomination.Accept(round, officer.Id);
        nomination.RecordCouncilOutcome(round, CouncilOutcome.Approved);
        await db.SaveChangesAsync();
    }
}
