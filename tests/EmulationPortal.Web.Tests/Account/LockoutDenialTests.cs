using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Account;

/// <summary>
/// Anybody who knows an email can reach its lockout; the owner's own browser must still get in, and its open
/// session must stay open (issue 11, item 5). Browsers that never signed in to the account stay locked out.
/// </summary>
public sealed class LockoutDenialTests : IAsyncLifetime
{
    private const string WrongPassword = "Sai@mat-khau1";

    /// <summary>
    /// The per-account sign-in limit at one more than the lockout needs (the owner's first sign-in and the strangers'
    /// five guesses), so that only a limit kept per device lets the owner's next sign-in through.
    /// </summary>
    private sealed class Host : PortalAppFactory
    {
        protected override int SignInAttemptsPerAccountPerMinute => 6;
    }

    private readonly Host _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_strangers_wrong_passwords_do_not_keep_the_owner_out_of_the_browser_they_signed_in_from()
    {
        const string owner = "px3.cnv01@z121.demo";
        var ownBrowser = Browser();
        Assert.Equal(HttpStatusCode.Found, (await ownBrowser.SignInAsync(owner, ct: Ct)).StatusCode);
        await SignOutAsync(ownBrowser);

        var strangers = await GuessAsync(owner, times: 5);

        Assert.Equal("302 /Account/Lockout", strangers[^1]);
        Assert.Equal("302 /", OldCookies.AnswerOf(await ownBrowser.SignInAsync(owner, ct: Ct)));
    }

    [Fact]
    public async Task A_strangers_lockout_leaves_the_owners_open_session_open()
    {
        const string owner = "px3.cnv02@z121.demo";
        var session = await _host.SignInCookieAsync(owner);

        await GuessAsync(owner, times: 5);

        Assert.Equal(HttpStatusCode.OK, (await _host.GetWithAsync(session, "/pledges")).StatusCode);
    }

    [Fact]
    public async Task A_browser_that_never_signed_in_to_the_account_is_locked_out_even_with_the_right_password()
    {
        const string owner = "px3.cnv03@z121.demo";
        await GuessAsync(owner, times: 5);

        Assert.Equal("302 /Account/Lockout", OldCookies.AnswerOf(await Browser().SignInAsync(owner, ct: Ct)));
    }

    [Fact]
    public async Task A_trusted_browser_that_guesses_wrong_five_times_is_trusted_no_more()
    {
        const string owner = "px3.cnv04@z121.demo";
        var ownBrowser = Browser();
        await ownBrowser.SignInAsync(owner, ct: Ct);
        await SignOutAsync(ownBrowser);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("200", OldCookies.AnswerOf(await ownBrowser.SignInAsync(owner, WrongPassword, Ct)));
        }

        Assert.Equal(0, (await _host.AccountAsync(owner)).AccessFailedCount); // those failures were the browser's, not the account's

        await ownBrowser.SignInAsync(owner, WrongPassword, Ct);

        Assert.Equal(1, (await _host.AccountAsync(owner)).AccessFailedCount);
    }

    [Fact]
    public async Task An_admins_lock_refuses_even_a_trusted_browser()
    {
        const string owner = "px3.cnv05@z121.demo";
        var ownBrowser = Browser();
        await ownBrowser.SignInAsync(owner, ct: Ct);
        await SignOutAsync(ownBrowser);

        Assert.True((await _host.LockAsync(owner)).Succeeded);

        Assert.Equal("302 /Account/Lockout", OldCookies.AnswerOf(await ownBrowser.SignInAsync(owner, ct: Ct)));
    }

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task SignOutAsync(HttpClient client) =>
        client.PostFormAsync("/Account/Logout", handler: null, new Dictionary<string, string>(), formPage: "/pledges", ct: Ct);

    /// <summary>Wrong passwords, each from a new browser, as a stranger rotating clients would send them.</summary>
    private async Task<List<string>> GuessAsync(string email, int times)
    {
        var answers = new List<string>();
        for (var i = 0; i < times; i++)
        {
            answers.Add(OldCookies.AnswerOf(await Browser().SignInAsync(email, WrongPassword, Ct)));
        }

        return answers;
    }
}
