using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Pledges;

namespace EmulationPortal.Application.Pledges;

/// <summary>
/// Who reviews which pledge: a unit leader the pledges of their subtree, an admin any. Nobody reviews their own pledge,
/// so a leader's own and their unit's collective pledge go to the level above.
/// </summary>
internal static class ReviewScope
{
    public static bool MayReview(ICurrentUser user) => user.IsInRole(Roles.UnitLeader) || user.IsInRole(Roles.Admin);

    public static async Task<Func<Pledge, bool>> ReviewableAsync(PortalDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var units = await db.VisibleUnitsAsync(user, ct);
        return pledge => units.Contains(pledge.OrgUnitId) && !user.Owns(pledge);
    }
}
