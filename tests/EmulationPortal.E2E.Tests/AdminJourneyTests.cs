using System.Text;
using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>An admin grows the unit tree, finds staff without typing diacritics, and previews a staff file before importing it.</summary>
public class AdminJourneyTests(PortalBrowser browser)
{
    [Fact]
    public async Task An_admin_adds_a_team_under_PX3_and_sees_it_in_the_tree()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await page.GotoAsync("/admin/units");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị trực thuộc PX3", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Trực thuộc" })).ToHaveValueAsync(new Regex("^PX3 "));
        await page.GetByLabel("Mã đơn vị").FillAsync("PX3-T9");
        await page.GetByLabel("Tên đơn vị").FillAsync("Tổ 9 – Phân xưởng 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Tổ 9 – Phân xưởng 3", Exact = true })).ToBeVisibleAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(page, "admin-units");
    }

    [Fact]
    public async Task An_admin_finds_staff_by_typing_a_name_without_diacritics()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await page.GotoAsync("/admin/users");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByLabel("Tìm theo tên, email hoặc mã nhân viên").FillAsync("nguyen");

        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Nguyễn" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Quản trị hệ thống" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "admin-users");
    }

    [Fact]
    public async Task An_admin_previews_a_staff_file_and_sees_the_bad_row_before_anything_is_saved()
    {
        var file = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n",
            "Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò",
            "Lê Văn Mới,le.van.moi@z121.demo,PX3-M01,PX3-T1,Staff",
            "Phạm Thị Hoa,pham.thi.hoa@z121.demo,PX3-M02,PX3-T2,\"Cán bộ, công nhân viên\"",
            "Đỗ Văn Sai,do.van.sai@z121.demo,PX3-M03,PX9,Staff"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);
        try
        {
            var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
            await page.GotoAsync("/admin/users/import");
            await PortalBrowser.WaitUntilInteractiveAsync(page);

            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp mẫu" })).ToHaveAttributeAsync("href", "/admin/users/import/template.csv");
            await page.Locator("input[type=file]").SetInputFilesAsync(file);

            await Assertions.Expect(page.GetByText("Không có đơn vị đang hoạt động với mã này.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nhập 2 dòng hợp lệ" })).ToBeDisabledAsync();
            await Screenshots.TakeAsync(page, "admin-import-preview");

            await page.GetByLabel("Bỏ qua dòng 4").CheckAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nhập 2 dòng hợp lệ" })).ToBeEnabledAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
