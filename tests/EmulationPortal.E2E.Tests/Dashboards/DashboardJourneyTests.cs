using EmulationPortal.Application.Data.Seed;
using System.Globalization;
using MiniExcelLibs;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Dashboards;

/// <summary>The political department follows the drive: overview, the drive's dashboard, the print page, recognitions.</summary>
public class DashboardJourneyTests(PortalBrowser browser)
{
    [Fact]
    public async Task The_political_officer_sees_the_heat_map_and_PX4_late_in_launch_compliance()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email, height: 900);

        await page.GotoAsync("/dashboard");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng theo dõi các đợt thi đua" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new("Lập công dâng Đảng") })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "dashboard-overview");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Lập công dâng Đảng") }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        var units = page.GetByRole(AriaRole.Table, new() { Name = "Các đơn vị" });
        await Assertions.Expect(units).ToBeVisibleAsync();
        await Assertions.Expect(units.GetByRole(AriaRole.Cell, new() { NameRegex = new("[Cc]hưa báo cáo") }).First).ToBeVisibleAsync();
        await Assertions.Expect(units.GetByRole(AriaRole.Columnheader, new() { NameRegex = new("^Sản lượng") }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Phát động thi đua ở đơn vị" })).ToBeVisibleAsync();
        var px4 = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Phân xưởng 4" }).Filter(new() { HasText = "07/01/2021" });
        await Assertions.Expect(px4).ToContainTextAsync("Muộn");
        await Screenshots.TakeAsync(page, "dashboard-campaign");

        await units.GetByRole(AriaRole.Link, new() { Name = "Phân xưởng 1 – Đạn dược", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/1/units/*");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Vị trí đơn vị" });
        await Assertions.Expect(breadcrumb).ToContainTextAsync("Phân xưởng 1 – Đạn dược", new() { Timeout = 20_000 });
        await Assertions.Expect(units.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tổ 2 – Phân xưởng 1" })).ToHaveCountAsync(1);
        await Assertions.Expect(units.GetByRole(AriaRole.Row).Filter(new() { HasText = "Phân xưởng 2" })).ToHaveCountAsync(0);
        Assert.Empty(await Accessibility.PageAuditTests.SeriousViolationsAsync(page, page.Url));
        await Screenshots.TakeAsync(page, "dashboard-drilldown");
        await breadcrumb.GetByRole(AriaRole.Link, new() { NameRegex = new("Nhà máy Z121") }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/1/units/*");
        await breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Tất cả đơn vị" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "In / Xuất PDF" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard/1/print");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tiến độ theo thời gian" })).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.TakeAsync(page, "dashboard-print");
    }

    [Fact]
    public async Task A_new_pledge_shows_on_the_open_dashboard_without_a_reload_and_the_export_opens_as_a_workbook()
    {
        var (officer, pledged, _) = await LiveDashboardSteps.PledgeWhileTheOfficerWatchesAsync(browser, "px2.cnv33@z121.demo"); // has not pledged in the demo

        var download = await officer.RunAndWaitForDownloadAsync(() =>
            officer.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" }).ClickAsync());
        var workbook = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(workbook);
        try
        {
            Assert.Equal(["Tổng hợp", "Theo đơn vị", "Theo tiêu chí", "Danh sách đăng ký"], MiniExcel.GetSheetNames(workbook));
            var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object?>>();
            var participants = summary.Single(row => (string?)row["Chỉ số"] == "Số người đã đăng ký")["Giá trị"];
            // The new pledge is in the workbook; other journeys may pledge meanwhile on this shared portal, hence at least.
            Assert.InRange(Convert.ToInt32(participants, CultureInfo.InvariantCulture), pledged, int.MaxValue);
        }
        finally
        {
            File.Delete(workbook);
        }
    }

    [Fact]
    public async Task A_unit_leader_s_unit_table_holds_only_their_workshop()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop1Leader.Email);

        await page.GotoAsync("/dashboard/1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tổ 2 – Phân xưởng 1" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Phân xưởng 2" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_units_filter_finds_a_unit_typed_without_diacritics()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);

        await page.GotoAsync("/dashboard/1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("Lọc theo tên hoặc mã đơn vị").FillAsync("co dien");

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Các đơn vị" }).Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Phân xưởng 4 – Cơ điện" })).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(rows).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_political_officer_gets_suggestions_on_the_recognitions_page()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email, height: 900);

        await page.GotoAsync("/recognitions?campaign=1"); // other journeys may open newer drives
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gợi ý từ số liệu" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Ghi nhận ") }).First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "recognitions");
    }
}
