using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Users;

public sealed record SetUserLockRequest(string UserId, string? ConcurrencyStamp, bool Locked);

/// <summary>
/// Admins lock an account until they unlock it (Identity's lockout end set to the far future) or unlock it. Locking
/// renews the security stamp, which ends the person's open sessions.
/// </summary>
public sealed class SetUserLock(IServiceScopeFactory scopes) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, SetUserLockRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        if (request.UserId == user.UserId)
        {
            return IdentityScope.NotOnYourself();
        }

        return await scopes.RunAsync(user, async users =>
        {
            var account = await users.FindByIdAsync(request.UserId);
            if (account is null)
            {
                return Outcome.NotFound();
            }

            if (account.ConcurrencyStamp != request.ConcurrencyStamp)
            {
                return Outcome.Conflict();
            }

            if (!request.Locked)
            {
                var unlocked = (await users.SetLockoutEndDateAsync(account, null)).ToOutcome();
                return unlocked.Succeeded ? (await users.ResetAccessFailedCountAsync(account)).ToOutcome() : unlocked;
            }

            var enabled = (await users.SetLockoutEnabledAsync(account, true)).ToOutcome();
            var locked = enabled.Succeeded ? (await users.SetLockoutEndDateAsync(account, AdminLock.Until)).ToOutcome() : enabled;
            return locked.Succeeded ? (await users.UpdateSecurityStampAsync(account)).ToOutcome() : locked;
        }, ct);
    }
}
