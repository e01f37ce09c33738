using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Security;

/// <summary>Redirect targets typed by a visitor never leave the site and never cost a 500.</summary>
public class RedirectTests(PortalAppFactory host) : IClassFixture<PortalAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Other hosts as browsers read them, and control characters browsers strip or LocalRedirect refuses.</summary>
    public static TheoryData<string> Hostile =>
    [
        "//evil.example/", "///evil.example/", "/\\evil.example/", "\\\\evil.example/", "/\\/evil.example/",
        "http://evil.example/", "https:evil.example", "javascript:alert(1)", "/\t/evil.example/",
        "/\r\n/evil.example/", "/\n/evil.example", "/\0/x", " //evil.example/",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_correct_sign_in_with_a_foreign_return_url_goes_home_on_this_site(string returnUrl)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SignInAtAsync(new Uri("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative), "admin@z121.demo", ct: Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnThisSite(response.Headers.Location!);
    }

    [Fact]
    public async Task A_return_url_of_this_site_is_followed()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SignInAtAsync(new Uri("/Account/Login?ReturnUrl=pledges", UriKind.Relative), "admin@z121.demo", ct: Ct);

        Assert.Equal("/pledges", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_culture_switch_with_a_foreign_redirect_goes_home_on_this_site(string redirectUri)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/culture/set?culture=en-US&redirectUri=" + Uri.EscapeDataString(redirectUri), UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static void AssertOnThisSite(Uri location)
    {
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost/"), location);
        Assert.Equal("localhost", absolute.Host);
        Assert.Equal("/", absolute.AbsolutePath);
    }
}
