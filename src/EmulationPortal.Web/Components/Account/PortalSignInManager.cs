using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Components.Account;

/// <summary>
/// Identity's sign-in, except that an unknown email is answered like a known one with a wrong password (same time,
/// same page, and the lockout page after as many failures), so the sign-in form does not tell which accounts exist.
/// </summary>
internal sealed class PortalSignInManager(
        UserManager<PortalUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<PortalUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<PortalUser> confirmation,
        UnknownAccountAttempts unknownAccounts)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        return user is not null
            ? await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure)
            : unknownAccounts.Attempt(userName, password, UserManager.PasswordHasher);
    }
}
