using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// Who sees and does what with initiatives: staff their own (as author or writer), unit leaders their subtree's, the
/// political department and admins all; a council member also sees what their council judges. The political
/// department (the councils' secretary) opens evaluations, records the minutes' votes and concludes.
/// </summary>
internal static class InitiativeAccess
{
    public static bool MayJudge(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);

    /// <summary>Everyone signed in may write an initiative; admins only manage the portal.</summary>
    public static bool MayWrite(ICurrentUser user) => !user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);

    /// <summary>The initiatives the user may read, as a filter the database runs.</summary>
    public static async Task<IQueryable<Initiative>> ReadableAsync(PortalDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var all = db.Initiatives.AsNoTracking();
        if (MayJudge(user))
        {
            return all;
        }

        var units = user.IsInRole(Roles.UnitLeader) ? (await db.VisibleUnitsAsync(user, ct)).ToList() : [];
        var councils = await db.InitiativeCouncilMembers.Where(m => m.UserId == user.UserId).Select(m => (int?)m.OrgUnitId).ToListAsync(ct);
        var id = user.UserId;
        return all.Where(i => i.CreatedByUserId == id
            || i.Authors.Any(a => a.UserId == id)
            || units.Contains(i.OrgUnitId)
            || (i.State != InitiativeState.Draft && councils.Contains(i.CouncilUnitId)));
    }

    /// <summary>A draft is edited by whoever wrote it or is one of its authors.</summary>
    public static bool MayEdit(ICurrentUser user, Initiative initiative) =>
        initiative.State == InitiativeState.Draft && (initiative.CreatedByUserId == user.UserId || initiative.IsAuthor(user.UserId));
}
