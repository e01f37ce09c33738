using System.Globalization;
using System.Security.Claims;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Access;

/// <summary>The current user read from the sign-in cookie's claims (HTTP request or Blazor circuit alike).</summary>
public sealed class ClaimsCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    public string UserId { get; } = principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("The user is not signed in.");

    public int OrgUnitId { get; } = int.Parse(
        principal.FindFirstValue(PortalClaimTypes.OrgUnitId) ?? throw new InvalidOperationException("The user has no unit."),
        CultureInfo.InvariantCulture);

    public bool IsInRole(string role) => principal.IsInRole(role);
}
