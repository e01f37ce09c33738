using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Components.Account;

/// <summary>
/// Identity's sign-in with two changes. An unknown email is answered like a known one with a wrong password (same
/// time, same page, and the lockout page after as many failures), so the sign-in form does not tell which accounts
/// exist. And the lockout after wrong passwords does not hold against a browser the owner signed in from before
/// (<see cref="TrustedDevices"/>), so it cannot be used to keep the owner out.
/// </summary>
internal sealed class PortalSignInManager(
        UserManager<PortalUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<PortalUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<PortalUser> confirmation,
        UnknownAccountAttempts unknownAccounts,
        TrustedDevices devices)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        return user is not null
            ? await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure)
            : unknownAccounts.Attempt(userName, password, UserManager.PasswordHasher);
    }

    public override async Task<SignInResult> PasswordSignInAsync(PortalUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var device = devices.DeviceFor(Context, user.NormalizedUserName);

        // A trusted browser's failures are its own (counted below), not the account's.
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure && device is null);
        if (result.Succeeded)
        {
            devices.Trust(Context, user.NormalizedUserName!);
        }
        else if (device is not null && !result.IsLockedOut)
        {
            devices.Failed(device);
        }

        return result;
    }

    /// <summary>An admin's lock refuses every browser; the lockout after wrong passwords only those not trusted.</summary>
    protected override async Task<bool> IsLockedOut(PortalUser user) =>
        AdminLock.Holds(user.LockoutEnd) || (devices.DeviceFor(Context, user.NormalizedUserName) is null && await base.IsLockedOut(user));
}
