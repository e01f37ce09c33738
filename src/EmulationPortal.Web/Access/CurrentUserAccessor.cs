using System.Security.Claims;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace EmulationPortal.Web.Access;

/// <summary>The signed-in user of this circuit or request as the database has them now, looked up for each operation.</summary>
internal sealed class CurrentUserAccessor(AuthenticationStateProvider authentication, CurrentUserLookup lookup, ILogger<CurrentUserAccessor> log)
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

    /// <summary>
    /// Runs a change the user asked for. A database that refuses work anywhere on the way (looking the user up, the use
    /// case's first read, its save) is the outcome <see cref="OutcomeStatus.SaveFailed"/>, so the page keeps the form
    /// and says nothing was saved, instead of the error box whose "try again" starts the page afresh.
    /// </summary>
    public async Task<Outcome> ActAsync(Func<ICurrentUser, Task<Outcome>> change)
    {
        try
        {
            return await change(await GetAsync());
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            log.LogError(failure, "A change could not reach the database");
            return Outcome.SaveFailed();
        }
    }

    /// <inheritdoc cref="ActAsync(Func{ICurrentUser, Task{Outcome}})"/>
    public async Task<Outcome<T>> ActAsync<T>(Func<ICurrentUser, Task<Outcome<T>>> change)
    {
        var outcome = await ActAsync(async user => (Outcome)await change(user));
        return outcome as Outcome<T> ?? Outcome<T>.From(outcome);
    }
}
