using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>Whose pledge is whose: a person owns their individual pledge, a unit leader owns the collective pledge of their unit.</summary>
public static class PledgeOwnership
{
    public static bool Owns(this ICurrentUser user, Pledge pledge) => pledge.Kind == PledgeKind.Individual
        ? pledge.UserId == user.UserId
        : user.IsInRole(Roles.UnitLeader) && pledge.OrgUnitId == user.OrgUnitId;

    /// <summary>The pledge the user owns in a drive (tracked, with its items), or null while there is none.</summary>
    public static Task<Pledge?> OwnPledgeAsync(this PortalDbContext db, ICurrentUser user, int campaignId, bool collective, CancellationToken ct)
    {
        var pledges = db.Pledges.Include(p => p.Items).Where(p => p.CampaignId == campaignId);
        pledges = collective
            ? pledges.Where(p => p.Kind == PledgeKind.Collective && p.OrgUnitId == user.OrgUnitId)
            : pledges.Where(p => p.Kind == PledgeKind.Individual && p.UserId == user.UserId);
        return pledges.SingleOrDefaultAsync(ct);
    }

    /// <summary>Who may pledge in a drive: someone whose unit takes part; a collective pledge also needs a unit leader.</summary>
    public static async Task<bool> MayPledgeAsync(this PortalDbContext db, ICurrentUser user, int campaignId, bool collective, CancellationToken ct) =>
        (!collective || user.IsInRole(Roles.UnitLeader))
        && await db.CampaignUnits.AnyAsync(u => u.CampaignId == campaignId && u.OrgUnitId == user.OrgUnitId, ct);

    /// <summary>
    /// Whether the user may read a pledge they do not own: admins and the political department everywhere, a unit leader
    /// inside their subtree. Staff never read someone else's pledge.
    /// </summary>
    public static async Task<bool> MayReadAsync(this PortalDbContext db, ICurrentUser user, Pledge pledge, CancellationToken ct)
    {
        if (user.Owns(pledge))
        {
            return true;
        }

        var overseer = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer) || user.IsInRole(Roles.UnitLeader);
        return overseer && (await db.VisibleUnitsAsync(user, ct)).Contains(pledge.OrgUnitId);
    }
}
