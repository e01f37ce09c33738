using System.Text.RegularExpressions;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Notifications;

/// <summary>
/// A PX3 worker keeps the home page open while the PX3 leader, in another browser context, returns their pledge: the
/// worker's bell counts it without a reload, and the notification leads to the pledge page with the reason.
/// </summary>
public partial class NotificationBellJourneyTests(PortalBrowser browser)
{
    private const string Leader = "px3.truong@z121.demo";
    private const string Reason = "Đề nghị bổ sung chỉ tiêu tiết kiệm vật tư.";

    /// <summary>Accounts other journeys drive; this one takes a PX3 worker none of them uses.</summary>
    private static readonly string[] Taken = ["px3.cnv01", "px3.cnv02", "px3.cnv03", "px3.cnv04", "px3.cnv05", "px3.cnv13", "px3.cnv40", "px3.cnv45"];

    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_bell_counts_a_pledge_returned_in_another_context_and_leads_to_the_pledge()
    {
        var staff = await browser.SignedInPageAsync(await UnpledgedWorkerAsync());
        var name = (await staff.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Replace("Xin chào, ", "", StringComparison.Ordinal).Trim();
        await OpenAsync(staff, "/campaigns/1/pledge");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký thi đua cá nhân" })).ToBeVisibleAsync(Patient);
        await PledgeFormSteps.FillValidPledgeAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Đã gửi đăng ký để chỉ huy đơn vị xem xét.")).ToBeVisibleAsync(Patient);

        await OpenAsync(staff, "/");
        var bell = staff.GetByRole(AriaRole.Link, new() { NameRegex = BellName() });
        var before = int.Parse(Count().Match(await bell.GetAttributeAsync("aria-label") ?? "").Value, System.Globalization.CultureInfo.InvariantCulture);

        var leader = await browser.SignedInPageAsync(Leader);
        await OpenAsync(leader, "/pledges/review");
        await leader.GetByRole(AriaRole.Button, new() { Name = $"Trả lại đăng ký của {name}" }).ClickAsync();
        var dialog = leader.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Lý do trả lại").FillAsync(Reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Assertions.Expect(leader.GetByText($"Đã trả lại đăng ký của {name}.")).ToBeVisibleAsync(Patient);

        // No reload: the open circuit hears of the commit and redraws its bell.
        var counted = staff.GetByRole(AriaRole.Link, new() { Name = $"Thông báo: {before + 1} chưa đọc" });
        await Assertions.Expect(counted).ToBeVisibleAsync(Patient);
        await Screenshots.TakeAsync(staff, "notifications-bell", fullPage: false);

        await counted.ClickAsync();
        await staff.WaitForURLAsync("**/notifications");
        await PortalBrowser.WaitUntilInteractiveAsync(staff);
        var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Lý do: {Reason}" });
        await Assertions.Expect(row).ToBeVisibleAsync(Patient);
        await Assertions.Expect(row.GetByText("Chưa đọc")).ToBeVisibleAsync(Patient);
        await Assertions.Expect(staff.GetByText("Cách nhận thông báo")).ToBeVisibleAsync(Patient);
        await Screenshots.TakeAsync(staff, "notifications-page");

        await row.GetByRole(AriaRole.Button, new() { Name = "Mở trang" }).ClickAsync();
        await staff.WaitForURLAsync("**/campaigns/1/pledge");
        await PortalBrowser.WaitUntilInteractiveAsync(staff);
        await Assertions.Expect(staff.GetByText(Reason)).ToBeVisibleAsync(Patient);
        await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = $"Thông báo: {before} chưa đọc" })).ToBeVisibleAsync(Patient); // opened is read

        var admin = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await OpenAsync(admin, "/admin/notifications");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Nhật ký gửi thông báo" })).ToBeVisibleAsync(Patient);
        await Screenshots.TakeAsync(admin, "notifications-admin");
    }

    /// <summary>A PX3 worker without a pledge in the founding drive whom no other journey signs in as.</summary>
    private async Task<string> UnpledgedWorkerAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var candidates = await db.Users.Where(u => u.Email!.StartsWith("px3.cnv") && !db.Pledges.Any(p => p.CampaignId == 1 && p.UserId == u.Id))
            .OrderByDescending(u => u.Email).Select(u => u.Email!).ToListAsync();
        return candidates.First(email => !Taken.Any(taken => email.StartsWith(taken + "@", StringComparison.Ordinal)));
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await PortalBrowser.WaitUntilInteractiveAsync(page);
    }

    [GeneratedRegex(@"^Thông báo: \d+ chưa đọc$")]
    private static partial Regex BellName();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Count();
}
