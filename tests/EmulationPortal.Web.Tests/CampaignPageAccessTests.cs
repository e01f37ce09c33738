using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests;

/// <summary>The campaign pages over HTTP: every role reads the list and the demo drive; only admins reach the editors.</summary>
public class CampaignPageAccessTests(CampaignPageAccessTests.Host host) : IClassFixture<CampaignPageAccessTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> NonAdminsOnAdminPages => new()
    {
        { DemoAccounts.Workshop2Staff.Email, "/campaigns/new" },
        { DemoAccounts.Workshop2Staff.Email, "/campaigns/1/edit" },
        { DemoAccounts.Workshop2Staff.Email, "/campaigns/1/targets" },
        { DemoAccounts.Workshop1Leader.Email, "/campaigns/new" },
        { DemoAccounts.Workshop1Leader.Email, "/campaigns/1/edit" },
        { DemoAccounts.Workshop1Leader.Email, "/campaigns/1/targets" },
        { DemoAccounts.PoliticalOfficer.Email, "/campaigns/new" },
        { DemoAccounts.PoliticalOfficer.Email, "/campaigns/1/edit" },
        { DemoAccounts.PoliticalOfficer.Email, "/campaigns/1/targets" },
    };

    public static TheoryData<string, string> EveryRoleOnReadPages => new()
    {
        { DemoAccounts.Admin.Email, "/campaigns" },
        { DemoAccounts.Admin.Email, "/campaigns/1" },
        { DemoAccounts.PoliticalOfficer.Email, "/campaigns" },
        { DemoAccounts.PoliticalOfficer.Email, "/campaigns/1" },
        { DemoAccounts.Workshop1Leader.Email, "/campaigns" },
        { DemoAccounts.Workshop1Leader.Email, "/campaigns/1" },
        { DemoAccounts.Workshop2Staff.Email, "/campaigns" },
        { DemoAccounts.Workshop2Staff.Email, "/campaigns/1" },
    };

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);
        return client;
    }

    [Theory]
    [MemberData(nameof(NonAdminsOnAdminPages))]
    public async Task A_non_admin_is_sent_to_access_denied_from_the_campaign_editors(string email, string path)
    {
        var client = await SignedInAsync(email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryRoleOnReadPages))]
    public async Task Every_role_reads_the_list_and_the_demo_drive(string email, string path)
    {
        var client = await SignedInAsync(email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lập công dâng Đảng", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/campaigns/new", "Tạo đợt thi đua")]
    [InlineData("/campaigns/1/edit", "Sửa đợt thi đua")]
    [InlineData("/campaigns/1/targets", "Giao chỉ tiêu cho đơn vị")]
    public async Task The_admin_reaches_the_editors(string path, string heading)
    {
        var client = await SignedInAsync(DemoAccounts.Admin.Email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_drive_shows_PX4_launched_late()
    {
        var client = await SignedInAsync(DemoAccounts.PoliticalOfficer.Email);

        var html = await client.GetStringAsync(new Uri("/campaigns/1", UriKind.Relative), Ct);

        Assert.Matches("PX4 – [^<]*</td>.*?Phát động muộn", System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " "));
    }
}
