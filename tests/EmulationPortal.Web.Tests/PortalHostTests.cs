using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests;

/// <summary>The real portal on a fresh SQLite file: it starts, migrates, seeds and serves.</summary>
public class PortalHostTests(PortalHostTests.Host host) : IClassFixture<PortalHostTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Ready_reports_healthy_once_the_database_is_migrated()
    {
        var response = await Client().GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Live_answers_without_touching_the_database()
    {
        var response = await Client().GetAsync(new Uri("/health/live", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        var response = await Client().GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_is_Vietnamese_by_default_and_English_on_request()
    {
        var client = Client();

        var vietnamese = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), Ct);
        var english = await client.GetStringAsync(new Uri("/Account/Login?culture=en-US&ui-culture=en-US", UriKind.Relative), Ct);

        Assert.Contains("Đăng nhập Cổng thi đua", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Sign in to the Emulation Portal", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_culture_switch_sets_the_cookie_and_never_redirects_off_site()
    {
        var response = await Client().GetAsync(new Uri("/culture/set?culture=en-US&redirectUri=//evil.example/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den-US", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_shows_one_message_whether_or_not_the_account_exists()
    {
        var known = await Client().SignInAsync(DemoAccounts.Workshop2Staff.Email, "Sai@mat-khau1", Ct);
        var unknown = await Client().SignInAsync("nobody@z121.demo", "Sai@mat-khau1", Ct);

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await known.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Email hoặc mật khẩu không đúng.", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_account_signs_in_and_reaches_the_home_page_with_its_drive()
    {
        var client = Client();

        var signIn = await client.SignInAsync(DemoAccounts.Workshop1Staff.Email, ct: Ct);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Xin chào, Nguyễn Văn An", html, StringComparison.Ordinal);
        Assert.Contains("Lập công dâng Đảng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_access_denied_page_answers_403()
    {
        var client = Client();
        await client.SignInAsync(DemoAccounts.Workshop2Staff.Email, ct: Ct);

        var response = await client.GetAsync(new Uri("/Account/AccessDenied", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_localised_not_found_page()
    {
        var client = Client();
        await client.SignInAsync(DemoAccounts.Workshop2Staff.Email, ct: Ct);

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        var response = await Client().SignInAsync(DemoAccounts.Workshop2Staff.Email, ct: Ct);

        var auth = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EmulationPortal.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_sign_in_page_links_the_cacheable_theme_instead_of_inlining_it()
    {
        var client = Client();

        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), Ct);
        var theme = await client.GetAsync(new Uri("/theme.css", UriKind.Relative), Ct);

        Assert.DoesNotContain("mud-theme-provider", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/theme.css\"", page, StringComparison.Ordinal);
        Assert.StartsWith(":root{", (await theme.Content.ReadAsStringAsync(Ct)).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(1), theme.Headers.CacheControl!.MaxAge);
    }
}
