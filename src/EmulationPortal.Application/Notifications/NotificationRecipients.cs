using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>Who is told: the people of units in a role, found in the store the use case already has open.</summary>
internal static class NotificationRecipients
{
    public static Task<List<string>> InRoleAsync(PortalDbContext db, string role, IReadOnlyCollection<int>? unitIds, CancellationToken ct)
    {
        var users = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        if (unitIds is not null)
        {
            users = users.Where(u => unitIds.Contains(u.OrgUnitId));
        }

        return users.Select(u => u.Id).ToListAsync(ct);
    }

    public static Task<List<string>> LeadersOfAsync(PortalDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct) =>
        InRoleAsync(db, Roles.UnitLeader, unitIds, ct);

    public static Task<List<string>> PoliticalDepartmentAsync(PortalDbContext db, CancellationToken ct) =>
        InRoleAsync(db, Roles.PoliticalOfficer, null, ct);
}
