using System.Net;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
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

    /// <summary>The principal a cookie issued now would carry for this account (what an open circuit holds).</summary>
    public static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(this PortalAppFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The account as the use cases see it now.</summary>
    public static async Task<ICurrentUser> CurrentUserAsync(this PortalAppFactory host, string email)
    {
        var principal = await host.PrincipalAsync(email);
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CurrentUserLookup>().FindAsync(principal, Ct))!;
    }

    public static async Task<PortalUser> AccountAsync(this PortalAppFactory host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>Runs a use case from the portal's own wiring.</summary>
    public static async Task<TResult> RunAsync<TUseCase, TResult>(this PortalAppFactory host, Func<TUseCase, Task<TResult>> run)
        where TUseCase : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
