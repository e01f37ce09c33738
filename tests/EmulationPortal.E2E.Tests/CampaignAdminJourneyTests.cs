using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>An admin sets up a new drive end to end; the demo drive shows its launch cascade with PX4 late.</summary>
public partial class CampaignAdminJourneyTests(PortalBrowser browser)
{
    /// <summary>A page change through the server can take a while when the whole suite shares the machine.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    private static async Task PickDateAsync(IPage page, string label, string day)
    {
        var input = page.GetByLabel(label, new() { Exact = true });
        await input.FillAsync(day);
        await input.PressAsync("Tab");
    }

    [Fact]
    public async Task An_admin_creates_a_draft_with_two_criteria_fills_targets_and_opens_it()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await page.GotoAsync("/campaigns");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đợt thi đua cao điểm “Lập công dâng Đảng”" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "campaign-list");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tạo đợt thi đua" })).ToHaveAttributeAsync("href", "/campaigns/new");
        await page.GotoAsync("/campaigns/new");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tạo đợt thi đua" })).ToBeVisibleAsync(Slow);
        await page.GetByLabel("Tên đợt thi đua").FillAsync("Thi đua an toàn tháng 3");
        await PickDateAsync(page, "Ngày bắt đầu", "01/03/2021");
        await PickDateAsync(page, "Ngày kết thúc", "28/02/2021");
        await PickDateAsync(page, "Hạn đăng ký thi đua", "10/03/2021");
        await PickDateAsync(page, "Hạn phát động ở đơn vị cấp dưới", "05/03/2021");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "PX3 – Phân xưởng 3 – Vật liệu nổ công nghiệp" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nội dung" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nội dung" }).ClickAsync();
        await page.GetByLabel("Tên nội dung, chỉ tiêu 1").FillAsync("Sản lượng vật liệu nổ");
        await page.GetByLabel("Đơn vị tính 1").FillAsync("tấn");
        await page.GetByLabel("Tên nội dung, chỉ tiêu 2").FillAsync("Sáng kiến an toàn");
        await page.GetByLabel("Đơn vị tính 2").FillAsync("sáng kiến");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ngày kết thúc không được trước ngày bắt đầu.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Tên đợt thi đua")).ToHaveValueAsync("Thi đua an toàn tháng 3");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(page, "campaign-edit");

        await PickDateAsync(page, "Ngày kết thúc", "31/03/2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thi đua an toàn tháng 3" })).ToBeVisibleAsync(Slow);

        await page.GetByRole(AriaRole.Link, new() { Name = "Giao chỉ tiêu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Giao chỉ tiêu cho đơn vị" })).ToBeVisibleAsync(Slow);
        await page.GetByLabel("Giá trị điền cột Sản lượng vật liệu nổ").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Điền cả cột Sản lượng vật liệu nổ" }).ClickAsync();
        await page.GetByLabel("Giá trị điền cột Sáng kiến an toàn").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Điền cả cột Sáng kiến an toàn" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chia chỉ tiêu của PX3 cho đơn vị trực thuộc theo quân số" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Chỉ tiêu Sản lượng vật liệu nổ của PX3-T1")).ToHaveValueAsync("61"); // 120 shared by headcount, 32 : 31
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã lưu chỉ tiêu.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "campaign-targets");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thi đua an toàn tháng 3" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát động (mở đợt)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã chuyển trạng thái.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc đợt" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_demo_drive_shows_which_workshop_launched_late()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);
        await page.GotoAsync("/campaigns/1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        var px4 = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = Px4Row() });
        await Assertions.Expect(px4).ToContainTextAsync("Phát động muộn");
        await Screenshots.TakeAsync(page, "campaign-detail-launches");
    }

    [GeneratedRegex("^PX4 – ")]
    private static partial Regex Px4Row();
}
