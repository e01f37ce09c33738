using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Campaigns;

/// <summary>
/// Who may read which drive: admins every drive; everyone else the launched (non-draft) drives their own unit takes part in.
/// </summary>
internal static class CampaignAccess
{
    public static IQueryable<Campaign> ReadableBy(this IQueryable<Campaign> campaigns, PortalDbContext db, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return campaigns;
        }

        var unitId = user.OrgUnitId;
        return campaigns.Where(c => c.Status != CampaignStatus.Draft && db.CampaignUnits.Any(u => u.CampaignId == c.Id && u.OrgUnitId == unitId));
    }
}
