using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Identity;

/// <summary>
/// Puts the user's unit and full name into the sign-in cookie for the greeting and the request log only: access is
/// decided on the role and unit the database holds now (<see cref="Access.CurrentUserLookup"/>), never on these claims.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.OrgUnitId, user.OrgUnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PortalClaimTypes.FullName, user.FullName));
        return identity;
    }
}
