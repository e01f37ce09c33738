using System.Net;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Account;

/// <summary>Sign-in cookies kept aside and replayed later, as a copied or stale cookie would be; and the use cases' view of a user.</summary>
internal static class OldCookies
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in and returns the sign-in cookie the portal issued.</summary>
    public static async Task<string> SignInCookieAsync(this PortalAppFactory host, string email, string password = Application.Data.Seed.DemoAccounts.Password)
    {
        var response = await host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignInAsync(email, password, Ct);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return HttpSignIn.AuthCookieOf(response);
    }

    /// <summary>GET with exactly this cookie (no cookie jar, no redirects followed).</summary>
    public static async Task<HttpResponseMessage> GetWithAsync(this PortalAppFactory host, string cookie, string path)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    public static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>The admin locks the account, as from the users page.</summary>
    public static async Task<Outcome> LockAsync(this PortalAppFactory host, string email)
    {
        var account = await host.AccountAsync(email);
        var admin = await host.Services.CurrentUserAsync(Application.Data.Seed.DemoAccounts.Admin.Email);
        return await host.Services.RunAsync<SetUserLock, Outcome>(u => u.ExecuteAsync(admin, new SetUserLockRequest(account.Id, account.ConcurrencyStamp, Locked: true), Ct));
    }

    /// <summary>A response as "status" or "status path" (the redirect's path, without its query).</summary>
    public static string AnswerOf(HttpResponseMessage response) => response.Headers.Location is { } to
        ? $"{(int)response.StatusCode} {(to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0])}"
        : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<PortalUser> AccountAsync(this PortalAppFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
    }
}
