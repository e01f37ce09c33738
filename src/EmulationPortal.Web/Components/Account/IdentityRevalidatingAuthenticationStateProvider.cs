using EmulationPortal.Application.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using EmulationPortal.Web.Hosting;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Components.Account;

/// <summary>
/// Rechecks an open circuit's user every few seconds (<c>Security:CircuitRevalidationSeconds</c>, default 5) with the
/// same one-query lookup every operation uses, so a page left open drops to sign-in soon after its account is locked,
/// demoted, moved or has its password changed, even if the user does nothing.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<SecurityOptions> security)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval { get; } =
        TimeSpan.FromSeconds(security.Value.CircuitRevalidationSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A scope of its own: the circuit's scope lives as long as the tab.
        await using var scope = scopeFactory.CreateAsyncScope();
        var lookup = scope.ServiceProvider.GetRequiredService<CurrentUserLookup>();
        return await lookup.FindAsync(authenticationState.User, cancellationToken) is not null;
    }
}
