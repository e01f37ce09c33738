using System.Security.Claims;
using EmulationPortal.Application.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace EmulationPortal.Web.Access;

/// <summary>The signed-in user of this circuit or request as the database has them now, looked up for each operation.</summary>
internal sealed class CurrentUserAccessor(AuthenticationStateProvider authentication, CurrentUserLookup lookup)
{
    public async Task<ICurrentUser> GetAsync()
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (await lookup.FindAsync(principal) is { } user)
        {
            return user;
        }

        // Revoked while the page was open: the circuit drops to sign-in now, not at its next revalidation, and the
        // operation at hand runs as nobody (refused).
        if (principal.Identity?.IsAuthenticated == true && authentication is IHostEnvironmentAuthenticationStateProvider circuit)
        {
            circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }

        return CurrentUserLookup.Nobody;
    }
}
