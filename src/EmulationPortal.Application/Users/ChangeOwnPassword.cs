using System.Security.Claims;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Users;

/// <summary>
/// A signed-in person changes their own password. The current password is checked like a sign-in: a wrong one counts
/// towards lockout, and a locked account is signed out here with its stamp renewed, so its other sessions end too.
/// </summary>
public sealed class ChangeOwnPassword(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ILogger<ChangeOwnPassword> log) : IUseCase
{
    public enum Result
    {
        Changed,
        Refused,
        LockedOut,
    }

    public async Task<Result> ExecuteAsync(ClaimsPrincipal principal, string current, string next)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Result.Refused;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            log.LogWarning("Password change refused: account locked out");
            await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Result.LockedOut;
        }

        if (!check.Succeeded || !(await users.ChangePasswordAsync(user, current, next)).Succeeded)
        {
            return Result.Refused;
        }

        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Password changed for {User}", user.UserName);
        return Result.Changed;
    }
}
