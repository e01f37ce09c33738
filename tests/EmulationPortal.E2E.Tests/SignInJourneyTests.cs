using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>Each demo role signs in with a real browser and sees its own navigation.</summary>
public class SignInJourneyTests(PortalBrowser browser)
{
    private static async Task<IReadOnlyList<string>> NavigationOf(IPage page)
    {
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        return await navigation.GetByRole(AriaRole.Link).AllInnerTextsAsync();
    }

    [Fact]
    public async Task Staff_sign_in_and_see_their_drive_and_the_staff_navigation()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop1Staff.Email);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xin chào, Nguyễn Văn An" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Đăng ký của bạn: Chưa đăng ký").First).ToBeVisibleAsync();
        Assert.Equal(["Trang chủ", "Đợt thi đua", "Đăng ký của tôi", "Bình xét thi đua", "Khen thưởng của tôi", "Sáng kiến", "Thông báo", "Đổi mật khẩu"], await NavigationOf(page));
        await Screenshots.TakeAsync(page, "staff-home");
    }

    [Fact]
    public async Task Staff_home_page_fits_a_phone_screen()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop2Staff.Email, width: 390, height: 844);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Các đợt thi đua đang mở" })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await Screenshots.TakeAsync(page, "staff-home-phone");
    }

    [Fact]
    public async Task A_unit_leader_sees_review_and_dashboard()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop1Leader.Email);

        var navigation = await NavigationOf(page);
        Assert.Contains("Duyệt đăng ký", navigation);
        Assert.Contains("Bảng theo dõi", navigation);
        Assert.DoesNotContain("Người dùng", navigation);
        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"Có \d+ đăng ký thi đua đang chờ bạn duyệt"))).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Equal("/pledges/review", await page.GetByRole(AriaRole.Link, new() { Name = "Mở danh sách chờ duyệt" }).GetAttributeAsync("href"));
        await Screenshots.TakeAsync(page, "leader-home", fullPage: false);
    }

    [Fact]
    public async Task The_political_officer_sees_dashboards_and_advanced_examples()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);

        var navigation = await NavigationOf(page);
        Assert.Contains("Bảng theo dõi", navigation);
        Assert.Contains("Điển hình tiên tiến", navigation);
        Assert.DoesNotContain("Đơn vị", navigation);
    }

    [Fact]
    public async Task An_admin_sees_the_administration_menu()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);

        var navigation = await NavigationOf(page);
        Assert.Contains("Đơn vị", navigation);
        Assert.Contains("Người dùng", navigation);
        await Screenshots.TakeAsync(page, "admin-home");
    }

    [Fact]
    public async Task The_language_switch_turns_the_portal_English_and_back()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop2Staff.Email);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open emulation drives" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "staff-home-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Các đợt thi đua đang mở" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_sign_in_page_shows_field_errors_and_keeps_the_email()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(DemoAccounts.Workshop2Staff.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Vui lòng nhập mật khẩu.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(DemoAccounts.Workshop2Staff.Email);
        await Screenshots.TakeAsync(page, "sign-in");
    }

    [Fact]
    public async Task The_content_security_policy_blocks_nothing_the_portal_itself_needs()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(DemoAccounts.Admin.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký thay đổi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nhật ký thay đổi" })).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    [Fact]
    public async Task An_admin_verifies_the_audit_chain()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await page.GotoAsync("/admin/audit");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra toàn vẹn" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Chuỗi nhật ký toàn vẹn")).ToBeVisibleAsync();

        // Readable entries: the record type and fields in words, names instead of ids, the JSON only behind "details".
        await page.GetByLabel("Loại dữ liệu").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Đơn vị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var unitRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Chi tiết kỹ thuật (JSON)" }).First;
        await Assertions.Expect(unitRow).ToContainTextAsync("Đơn vị", new() { Timeout = 20_000 });
        await Assertions.Expect(unitRow).Not.ToContainTextAsync("OrgUnit");
        await Assertions.Expect(unitRow.Locator("code")).Not.ToBeVisibleAsync();
        await unitRow.GetByText("Chi tiết kỹ thuật (JSON)").ClickAsync();
        await Assertions.Expect(unitRow.Locator("code")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "admin-audit", fullPage: false);
    }
}
