using System.Security.Claims;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.TestSupport;

/// <summary>Demo accounts as a running portal's use cases see them.</summary>
public static class PortalUsers
{
    /// <summary>The principal a cookie issued now would carry for this account (what an open circuit holds).</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The account as the use cases see it now.</summary>
    public static async Task<ICurrentUser> CurrentUserAsync(this IServiceProvider services, string email)
    {
        var principal = await services.PrincipalAsync(email);
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CurrentUserLookup>().FindAsync(principal))!;
    }

    /// <summary>Runs a use case from the portal's own wiring.</summary>
    public static async Task<TResult> RunAsync<TUseCase, TResult>(this IServiceProvider services, Func<TUseCase, Task<TResult>> run)
        where TUseCase : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
