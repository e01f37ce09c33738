using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests;

/// <summary>The administration pages answer only to admins; every other role is sent to the access-denied page.</summary>
public class AdminPagesAccessTests(AdminPagesAccessTests.Host host) : IClassFixture<AdminPagesAccessTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> NonAdmins => new()
    {
        { DemoAccounts.Workshop1Staff.Email, "/admin/units" },
        { DemoAccounts.Workshop1Staff.Email, "/admin/users" },
        { DemoAccounts.Workshop1Leader.Email, "/admin/units" },
        { DemoAccounts.Workshop1Leader.Email, "/admin/users" },
        { DemoAccounts.PoliticalOfficer.Email, "/admin/units" },
        { DemoAccounts.PoliticalOfficer.Email, "/admin/users" },
        { DemoAccounts.PoliticalOfficer.Email, "/admin/users/import" },
    };

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);
        return client;
    }

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task Other_roles_are_sent_to_access_denied(string email, string path)
    {
        var client = await SignedInAsync(email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/units", "Cây đơn vị")]
    [InlineData("/admin/users", "Tạo tài khoản")]
    [InlineData("/admin/users/import", "Nhập danh sách cán bộ, công nhân viên")]
    public async Task An_admin_gets_the_page(string path, string text)
    {
        var client = await SignedInAsync(DemoAccounts.Admin.Email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
