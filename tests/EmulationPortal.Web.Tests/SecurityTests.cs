using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests;

public class SecurityTests(SecurityTests.Host host) : IClassFixture<SecurityTests.Host>
{
    /// <summary>The portal with the production limit of sign-in attempts lowered to 3 per minute.</summary>
    public sealed class Host : PortalAppFactory
    {
        protected override int SignInAttemptsPerMinute => 3;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        var response = await host.CreateClient().GetAsync(new Uri("/Account/Login", UriKind.Relative), Ct);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_from_one_address_are_slowed_down()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.SignInAsync("nobody@z121.demo", "Sai@mat-khau1", Ct)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
