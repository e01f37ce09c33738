using System.Net;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Account;

/// <summary>Guessing the current password on the change-password form counts towards lockout and is rate-limited per account.</summary>
public class PasswordChangeLimitTests(PasswordChangeLimitTests.Host host) : IClassFixture<PasswordChangeLimitTests.Host>
{
    /// <summary>The portal with 6 password changes a minute per account: one more than the lockout threshold.</summary>
    public sealed class Host : PortalAppFactory
    {
        public const int PerMinute = 6;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:PasswordChangesPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_wrong_current_passwords_lock_the_account_and_the_right_one_no_longer_works()
    {
        var client = await SignedInAsync("px3.cnv01@z121.demo");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await ChangeAsync(client, $"Sai@mat-khau{i}"));
        }

        Assert.All(answers[..4], a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.Found, answers[4].StatusCode);
        Assert.Contains("/Account/Lockout", answers[4].Headers.Location!.OriginalString, StringComparison.Ordinal);
        var retry = await host.CreateClient().SignInAsync("px3.cnv01@z121.demo", ct: Ct);
        Assert.Contains("/Account/Lockout", retry.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_password_changes_is_answered_429()
    {
        var client = await SignedInAsync("px3.cnv02@z121.demo");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Host.PerMinute + 1; i++)
        {
            // Empty fields: refused by the form before any password is checked, so only the limiter is at work.
            statuses.Add((await ChangeAsync(client, string.Empty)).StatusCode);
        }

        Assert.All(statuses[..Host.PerMinute], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Found, (await client.SignInAsync(email, DemoAccounts.Password, Ct)).StatusCode);
        return client;
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current) =>
        client.PostFormAsync("/Account/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.New"] = "Moi@2021x", ["Input.Confirm"] = "Moi@2021x",
        }, ct: Ct);
}
