using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace EmulationPortal.Web.Tests.Dashboards;

/// <summary>Who reaches the dashboards, recognitions and the Excel export over HTTP, on the demo data.</summary>
public class DashboardAccessTests(DashboardAccessTests.Host host) : IClassFixture<DashboardAccessTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedIn(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);
        return client;
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/1")]
    [InlineData("/dashboard/1/print")]
    [InlineData("/recognitions")]
    public async Task Staff_are_sent_to_the_access_denied_page(string path)
    {
        var client = await SignedIn(DemoAccounts.Workshop2Staff.Email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_leader_cannot_open_recognitions()
    {
        var client = await SignedIn(DemoAccounts.Workshop1Leader.Email);

        var response = await client.GetAsync(new Uri("/recognitions", UriKind.Relative), Ct);

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_get_403_on_the_export()
    {
        var client = await SignedIn(DemoAccounts.Workshop2Staff.Email);

        var response = await client.GetAsync(new Uri("/reports/campaigns/1.xlsx", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_political_officer_sees_the_units_heat_map_and_PX4_late_to_launch()
    {
        var client = await SignedIn(DemoAccounts.PoliticalOfficer.Email);

        var html = await client.GetStringAsync(new Uri("/dashboard/1", UriKind.Relative), Ct);

        Assert.Contains("Các đơn vị: tham gia và hoàn thành theo tiêu chí", html, StringComparison.Ordinal);
        Assert.Contains("Phân xưởng 4 – Cơ điện", html, StringComparison.Ordinal);
        Assert.Contains("Muộn", html, StringComparison.Ordinal);
        Assert.Contains("Chưa báo cáo", html, StringComparison.Ordinal);
        Assert.Contains("chỉ tiêu đã báo cáo", html, StringComparison.Ordinal); // the drive's completion says how much of it was reported
        Assert.Contains("tiêu chí đã báo cáo", html, StringComparison.Ordinal); // and so does each unit's
    }

    [Fact]
    public async Task A_unit_leader_s_dashboard_and_export_stay_inside_their_workshop()
    {
        var client = await SignedIn(DemoAccounts.Workshop1Leader.Email);

        var html = await client.GetStringAsync(new Uri("/dashboard/1", UriKind.Relative), Ct);
        var export = await client.GetAsync(new Uri("/reports/campaigns/1.xlsx", UriKind.Relative), Ct);

        Assert.Contains("Tổ 1 – Phân xưởng 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Phân xưởng 2", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        var codes = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Theo đơn vị").Cast<IDictionary<string, object?>>().Select(r => (string)r["Mã đơn vị"]!);
        Assert.Equal(["PX1", "PX1-T1", "PX1-T2"], codes);
    }

    [Fact]
    public async Task A_unit_leader_drills_down_inside_their_workshop_with_a_breadcrumb_and_is_refused_outside_it()
    {
        var client = await SignedIn(DemoAccounts.Workshop1Leader.Email);
        var (team, px2) = (await UnitIdAsync("PX1-T1"), await UnitIdAsync("PX2"));

        var inside = await client.GetAsync(new Uri($"/dashboard/1/units/{team}", UriKind.Relative), Ct);
        var outside = await client.GetAsync(new Uri($"/dashboard/1/units/{px2}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        var html = await inside.Content.ReadAsStringAsync(Ct);
        var breadcrumb = html[html.IndexOf("<nav aria-label=\"Vị trí đơn vị\"", StringComparison.Ordinal)..];
        breadcrumb = breadcrumb[..breadcrumb.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/dashboard/1\"", breadcrumb, StringComparison.Ordinal);   // all the leader's units
        Assert.Contains($"href=\"/dashboard/1/units/{await UnitIdAsync("PX1")}\"", breadcrumb, StringComparison.Ordinal); // up one level
        Assert.Contains("aria-current=\"page\"", breadcrumb, StringComparison.Ordinal);
        Assert.Contains("Tổ 1 – Phân xưởng 1</li>", breadcrumb, StringComparison.Ordinal);
        Assert.DoesNotContain("Tổ 2 – Phân xưởng 1", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task The_political_officer_s_units_link_to_their_own_dashboards()
    {
        var client = await SignedIn(DemoAccounts.PoliticalOfficer.Email);
        var px1 = await UnitIdAsync("PX1");

        var html = await client.GetStringAsync(new Uri("/dashboard/1", UriKind.Relative), Ct);

        Assert.Contains($"href=\"/dashboard/1/units/{px1}\"", html, StringComparison.Ordinal);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task The_export_speaks_English_when_the_request_asks_for_it()
    {
        var client = await SignedIn(DemoAccounts.PoliticalOfficer.Email);

        var export = await client.GetAsync(new Uri("/reports/campaigns/1.xlsx?culture=en-US&ui-culture=en-US", UriKind.Relative), Ct);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.True(export.Headers.CacheControl!.NoStore); // names and figures of people: no cache keeps a copy
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["Summary", "By unit", "By criterion", "Pledges"], MiniExcel.GetSheetNames(workbook));
    }
}
