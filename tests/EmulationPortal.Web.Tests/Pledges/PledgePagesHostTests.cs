using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Pledges;

/// <summary>The pledge pages over HTTP: roles are refused before anything renders.</summary>
public class PledgePagesHostTests(PledgePagesHostTests.Host host) : IClassFixture<PledgePagesHostTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);
        return client;
    }

    [Theory]
    [InlineData("/pledges/review")]
    [InlineData("/units/progress?campaign=1")]
    public async Task Staff_are_sent_to_access_denied(string path)
    {
        var client = await SignedInAsync(DemoAccounts.Workshop2Staff.Email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_opens_the_review_queue()
    {
        var client = await SignedInAsync(DemoAccounts.Workshop1Leader.Email);

        var response = await client.GetAsync(new Uri("/pledges/review", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Duyệt đăng ký thi đua", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_open_their_pledge_page_and_their_pledges()
    {
        var client = await SignedInAsync(DemoAccounts.Workshop2Staff.Email);

        var pledge = await client.GetAsync(new Uri("/campaigns/1/pledge", UriKind.Relative), Ct);
        var mine = await client.GetAsync(new Uri("/pledges", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, pledge.StatusCode);
        Assert.Contains("Đăng ký thi đua cá nhân", await pledge.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("Đăng ký thi đua của tôi", await mine.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
