using System.Net;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Users;
using EmulationPortal.Web.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Account;

/// <summary>
/// A lock, a demotion, a move, a password reset or change and a sign-out take effect at once on a cookie issued before
/// them (real Identity on SQLite, over HTTP), and on an operation run from a page opened before them.
/// Each test uses accounts of its own, since the portal is shared by the class.
/// </summary>
public class RevokedAccessTests(RevokedAccessTests.Host host) : IClassFixture<RevokedAccessTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_locked_accounts_old_cookie_is_sent_to_sign_in()
    {
        var cookie = await host.SignInCookieAsync("px2.cnv02@z121.demo");
        Assert.Equal(HttpStatusCode.OK, (await host.GetWithAsync(cookie, "/pledges")).StatusCode);

        var locked = await host.LockAsync("px2.cnv02@z121.demo");

        Assert.True(locked.Succeeded);
        OldCookies.AssertSentToSignIn(await host.GetWithAsync(cookie, "/pledges"));
    }

    [Fact]
    public async Task A_demoted_leaders_old_cookie_no_longer_downloads_the_report()
    {
        var cookie = await host.SignInCookieAsync("px3.truong@z121.demo");
        Assert.Equal(HttpStatusCode.OK, (await host.GetWithAsync(cookie, "/reports/campaigns/1.xlsx")).StatusCode);

        Assert.True((await AssignAsync("px3.truong@z121.demo", Roles.Staff)).Succeeded);

        OldCookies.AssertSentToSignIn(await host.GetWithAsync(cookie, "/reports/campaigns/1.xlsx"));
    }

    [Fact]
    public async Task A_moved_persons_old_cookie_is_sent_to_sign_in()
    {
        var cookie = await host.SignInCookieAsync("px2.cnv03@z121.demo");
        Assert.Equal(HttpStatusCode.OK, (await host.GetWithAsync(cookie, "/pledges")).StatusCode);

        Assert.True((await AssignAsync("px2.cnv03@z121.demo", Roles.Staff, unitOf: DemoAccounts.Workshop1Staff.Email)).Succeeded);

        OldCookies.AssertSentToSignIn(await host.GetWithAsync(cookie, "/pledges"));
    }

    [Fact]
    public async Task An_admin_password_reset_ends_the_old_cookie()
    {
        var cookie = await host.SignInCookieAsync("px2.cnv04@z121.demo");
        Assert.Equal(HttpStatusCode.OK, (await host.GetWithAsync(cookie, "/pledges")).StatusCode);

        var account = await host.AccountAsync("px2.cnv04@z121.demo");
        var reset = await host.Services.RunAsync<ResetUserPassword, Outcome>(async u => await u.ExecuteAsync(await AdminAsync(), new ResetUserPasswordRequest { UserId = account.Id, Password = "Moi@2021x" }, Ct));

        Assert.True(reset.Succeeded);
        OldCookies.AssertSentToSignIn(await host.GetWithAsync(cookie, "/pledges"));
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one()
    {
        const string email = "px2.cnv05@z121.demo";
        var other = await host.SignInCookieAsync(email);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);

        var changed = await client.PostFormAsync("/Account/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = DemoAccounts.Password, ["Input.New"] = "Moi@2021x", ["Input.Confirm"] = "Moi@2021x",
        }, ct: Ct);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/pledges", UriKind.Relative), Ct)).StatusCode);
        OldCookies.AssertSentToSignIn(await host.GetWithAsync(other, "/pledges"));
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var copy = HttpSignIn.AuthCookieOf(await client.SignInAsync("px2.cnv06@z121.demo", ct: Ct));
        Assert.Equal(HttpStatusCode.OK, (await host.GetWithAsync(copy, "/pledges")).StatusCode);

        var signedOut = await client.PostFormAsync("/Account/Logout", handler: null, new Dictionary<string, string>(), formPage: "/pledges", ct: Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        OldCookies.AssertSentToSignIn(await host.GetWithAsync(copy, "/pledges"));
    }

    [Fact]
    public async Task A_review_page_opened_before_the_demotion_cannot_accept_a_pledge()
    {
        const string leader = "px4.truong@z121.demo";
        var queue = await host.Services.RunAsync<ReviewQueueQuery, Outcome<IReadOnlyList<ReviewQueueQuery.Row>>>(async q => await q.ForAsync(await host.Services.CurrentUserAsync(leader), Ct));
        var pledge = queue.Value!.First();

        // The page's circuit holds the principal it was opened with; the admin demotes the leader meanwhile.
        await using var circuit = host.Services.CreateAsyncScope();
        var authentication = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(await host.Services.PrincipalAsync(leader))));
        Assert.True((await AssignAsync(leader, Roles.Staff)).Succeeded);

        var user = await circuit.ServiceProvider.GetRequiredService<CurrentUserAccessor>().GetAsync();
        var accepted = await circuit.ServiceProvider.GetRequiredService<AcceptPledges>().ExecuteAsync(user, [new(pledge.PledgeId, pledge.Version)], Ct);

        Assert.Equal(OutcomeStatus.Forbidden, accepted.Status);
        Assert.False((await authentication.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated); // the page drops to sign-in
        var stillWaiting = await host.Services.RunAsync<ReviewQueueQuery, Outcome<IReadOnlyList<ReviewQueueQuery.Row>>>(async q => await q.ForAsync(await AdminAsync(), Ct));
        Assert.Contains(stillWaiting.Value!, r => r.PledgeId == pledge.PledgeId);
    }

    [Fact]
    public Task A_page_opened_before_a_lock_drops_to_sign_in() =>
        AssertOpenPageDropsAsync("px2.cnv07@z121.demo", async email => Assert.True((await host.LockAsync(email)).Succeeded));

    [Fact]
    public Task A_page_opened_before_a_move_drops_to_sign_in() =>
        AssertOpenPageDropsAsync("px2.cnv08@z121.demo", async email => Assert.True((await AssignAsync(email, Roles.Staff, unitOf: DemoAccounts.Workshop1Staff.Email)).Succeeded));

    [Fact]
    public Task A_page_opened_before_an_admin_password_reset_drops_to_sign_in() =>
        AssertOpenPageDropsAsync("px2.cnv09@z121.demo", async email =>
        {
            var account = await host.AccountAsync(email);
            var reset = await host.Services.RunAsync<ResetUserPassword, Outcome>(async u => await u.ExecuteAsync(await AdminAsync(), new ResetUserPasswordRequest { UserId = account.Id, Password = "Moi@2021x" }, Ct));
            Assert.True(reset.Succeeded);
        });

    [Fact]
    public Task A_page_opened_before_the_user_changes_their_password_elsewhere_drops_to_sign_in() =>
        AssertOpenPageDropsAsync("px2.cnv10@z121.demo", async email =>
        {
            var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await client.SignInAsync(email, ct: Ct);
            var changed = await client.PostFormAsync("/Account/ChangePassword", "change-password", new Dictionary<string, string>
            {
                ["Input.Current"] = DemoAccounts.Password, ["Input.New"] = "Moi@2021x", ["Input.Confirm"] = "Moi@2021x",
            }, ct: Ct);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        });

    /// <summary>
    /// A page's circuit holds the principal it was opened with; after <paramref name="change"/> its next operation runs as
    /// nobody and the circuit's authentication state drops to signed out, which sends the page to sign-in.
    /// </summary>
    private async Task AssertOpenPageDropsAsync(string email, Func<string, Task> change)
    {
        await using var circuit = host.Services.CreateAsyncScope();
        var authentication = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(await host.Services.PrincipalAsync(email))));
        var accessor = circuit.ServiceProvider.GetRequiredService<CurrentUserAccessor>();
        Assert.NotEqual(CurrentUserLookup.Nobody, await accessor.GetAsync());

        await change(email);

        Assert.Equal(CurrentUserLookup.Nobody, await accessor.GetAsync());
        Assert.False((await authentication.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    private Task<ICurrentUser> AdminAsync() => host.Services.CurrentUserAsync(DemoAccounts.Admin.Email);

    /// <summary>The admin gives the account <paramref name="role"/>, in its own unit or in the unit of <paramref name="unitOf"/>.</summary>
    private async Task<Outcome> AssignAsync(string email, string role, string? unitOf = null)
    {
        var account = await host.AccountAsync(email);
        var unit = unitOf is null ? account.OrgUnitId : (await host.AccountAsync(unitOf)).OrgUnitId;
        var admin = await AdminAsync();
        return await host.Services.RunAsync<ChangeUserAssignment, Outcome>(u => u.ExecuteAsync(admin, new ChangeUserAssignmentRequest
        {
            UserId = account.Id, ConcurrencyStamp = account.ConcurrencyStamp, UnitId = unit, Role = role,
        }, Ct));
    }
}
