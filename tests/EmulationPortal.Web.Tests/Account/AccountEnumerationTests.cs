using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Account;

/// <summary>The sign-in form answers an unknown email exactly as it answers a known one with a wrong password.</summary>
public partial class AccountEnumerationTests(AccountEnumerationTests.Host host) : IClassFixture<AccountEnumerationTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private const string WrongPassword = "Sai@mat-khau1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_gives_the_same_page_for_an_unknown_and_a_known_email()
    {
        var known = await FailedSignInAsync("px4.cnv01@z121.demo");
        var unknown = await FailedSignInAsync("khong-co-ai@z121.demo");

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Comparable(await known.Content.ReadAsStringAsync(Ct), "px4.cnv01@z121.demo"), Comparable(await unknown.Content.ReadAsStringAsync(Ct), "khong-co-ai@z121.demo"));
    }

    [Fact]
    public async Task After_five_failures_an_unknown_email_goes_to_the_lockout_page_like_a_known_one()
    {
        var known = new List<HttpResponseMessage>();
        var unknown = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await FailedSignInAsync("px4.cnv02@z121.demo"));
            unknown.Add(await FailedSignInAsync("nguoi-la@z121.demo"));
        }

        Assert.Equal(known.Select(OldCookies.AnswerOf), unknown.Select(OldCookies.AnswerOf));
        Assert.Equal([.. Enumerable.Repeat("200", 4), "302 /Account/Lockout", "302 /Account/Lockout"], known.Select(OldCookies.AnswerOf));
    }

    /// <summary>Measured and reported, not asserted: wall-clock time on a shared machine is too noisy for a pass/fail line.</summary>
    [Fact]
    public async Task An_unknown_email_takes_about_as_long_as_a_known_one()
    {
        const int rounds = 8;
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            // Fresh addresses each round, so neither reaches the lockout (which answers both fast).
            known.Add(await TimedAsync($"px1.cnv{10 + i:00}@z121.demo"));
            unknown.Add(await TimedAsync($"vo-danh{i}@z121.demo"));
        }

        var report = $"sign-in with a wrong password, median of {rounds}: known email {Median(known):F0} ms, unknown email {Median(unknown):F0} ms";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
    }

    private async Task<double> TimedAsync(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync(new Uri("/Account/Login", UriKind.Relative), Ct); // warm the page, so only the post is timed below
        var watch = Stopwatch.StartNew();
        var response = await client.SignInAsync(email, WrongPassword, Ct);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private async Task<HttpResponseMessage> FailedSignInAsync(string email) =>
        await host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignInAsync(email, WrongPassword, Ct);

    /// <summary>The page without what differs by design: the antiforgery tokens (also in the page's state) and the email typed back.</summary>
    private static string Comparable(string page, string email) => Token().Replace(page, "token").Replace(email, "email", StringComparison.Ordinal);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("CfDJ[A-Za-z0-9_+/=-]+")]
    private static partial Regex Token();
}
