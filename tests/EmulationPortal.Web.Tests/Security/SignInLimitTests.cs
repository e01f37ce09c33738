using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Security;

/// <summary>The sign-in limit holds against a client that forges <c>X-Forwarded-For</c> and against guesses at one account.</summary>
public sealed class SignInLimitTests : IAsyncLifetime
{
    /// <summary>The real portal on a loopback socket, as the attacker reached it, with low limits.</summary>
    private sealed class Host(int perAddress, int perAccount) : PortalAppFactory
    {
        protected override int SignInAttemptsPerMinute => perAddress;

        protected override int SignInAttemptsPerAccountPerMinute => perAccount;
    }

    private readonly Host _byAddress = new(perAddress: 3, perAccount: 1_000);
    private readonly Host _byAccount = new(perAddress: 1_000, perAccount: 3);
    private Uri _byAddressUrl = default!;
    private Uri _byAccountUrl = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _byAddressUrl = _byAddress.StartKestrel();
        _byAccountUrl = _byAccount.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _byAddress.DisposeAsync();
        await _byAccount.DisposeAsync();
    }

    [Fact]
    public async Task A_new_forwarded_address_on_every_attempt_does_not_escape_the_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var client = _byAddress.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = _byAddressUrl, AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await client.SignInAsync($"nobody{i}@z121.demo", "Sai@mat-khau1", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Guesses_at_one_account_are_limited_while_other_accounts_still_sign_in()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var guesser = _byAccount.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = _byAccountUrl, AllowAutoRedirect = false });
            statuses.Add((await guesser.SignInAsync("px2.cnv01@z121.demo", "Sai@mat-khau1", Ct)).StatusCode);
        }

        var other = _byAccount.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = _byAccountUrl, AllowAutoRedirect = false });
        var signIn = await other.SignInAsync("admin@z121.demo", ct: Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, signIn.StatusCode); // the same address, another account: not limited
    }
}
