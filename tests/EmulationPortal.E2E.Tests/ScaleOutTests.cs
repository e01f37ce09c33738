using System.Net;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.E2E.Tests.Dashboards;

namespace EmulationPortal.E2E.Tests;

/// <summary>
/// Two portal processes on two ports share one database, as several web instances behind a load balancer share one
/// SQL Server: a sign-in cookie issued by one is honoured by the other (Data Protection keys live in the database),
/// and a pledge submitted on one reaches the other's open dashboard through the polled change stamp.
/// </summary>
public sealed class ScaleOutTests(PortalBrowser browser) : IAsyncLifetime
{
    private const string Worker = "px3.cnv13@z121.demo"; // has not pledged in the demo data; this test has its own database
    private readonly TempDatabaseFile _database = new();
    private readonly List<PortalProcess> _instances = [];
    private Uri _first = default!;
    private Uri _second = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        (var first, _first) = await PortalProcess.StartPortalAsync(_database.Path, Ct); // migrates and seeds
        _instances.Add(first);
        (var second, _second) = await PortalProcess.StartPortalAsync(_database.Path, Ct);
        _instances.Add(second);
    }

    [Fact]
    public async Task A_sign_in_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var signIn = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _first };
        var signedIn = await signIn.SignInAsync(DemoAccounts.PoliticalOfficer.Email, ct: Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("/Account/", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var other = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = _second };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/1");
        request.Headers.Add("Cookie", cookies.GetCookieHeader(_first));
        var withCookie = await other.SendAsync(request, Ct);
        var withoutCookie = await other.GetAsync(new Uri("/dashboard/1", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withoutCookie.StatusCode); // to the sign-in page: the cookie is what let us in
    }

    [Fact]
    public async Task A_pledge_submitted_on_one_instance_shows_on_the_other_s_open_dashboard_without_a_reload()
    {
        var (_, _, delay) = await LiveDashboardSteps.PledgeWhileTheOfficerWatchesAsync(browser, Worker, officerPortal: _second, workerPortal: _first);

        TestContext.Current.SendDiagnosticMessage($"The other instance's dashboard showed the pledge {delay.TotalMilliseconds:0} ms after it was acknowledged.");
    }

    public ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }

        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
