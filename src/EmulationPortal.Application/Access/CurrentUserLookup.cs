using System.Security.Claims;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Access;

/// <summary>
/// Who the signed-in user is now. The cookie only names the account and the security stamp it was issued with; the
/// role, the unit and the lock state are read from the database on every request and every operation (one indexed
/// query), so a lock, a demotion or a move takes effect at once. An account that is gone, locked by an admin, or whose
/// stamp was renewed since the cookie was issued (lock, role, unit, password, sign-out) is nobody. The lockout after
/// wrong passwords does not end sessions: a stranger can cause it (<see cref="AdminLock"/>).
/// </summary>
public sealed class CurrentUserLookup(IDbContextFactory<PortalDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    /// <summary>What a use case gets for a revoked session: no id, no unit, no role, so every rule refuses it.</summary>
    public static ICurrentUser Nobody { get; } = new SignedInUser(string.Empty, 0, []);

    /// <summary>The user as the database has them now, or null when the principal no longer stands for a usable account.</summary>
    public async Task<ICurrentUser?> FindAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.OrgUnitId,
                u.SecurityStamp,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (account is null || account.SecurityStamp != stamp || AdminLock.Holds(account.LockoutEnd))
        {
            return null;
        }

        return new SignedInUser(userId, account.OrgUnitId, account.Roles);
    }

    private sealed record SignedInUser(string UserId, int OrgUnitId, IReadOnlyCollection<string> Roles) : ICurrentUser
    {
        public bool IsInRole(string role) => Roles.Contains(role);
    }
}
