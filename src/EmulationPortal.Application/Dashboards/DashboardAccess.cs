using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Dashboards are for the political department and admins (every unit) and unit leaders (their own subtree), and only
/// on drives the user may read at all: the same <see cref="CampaignAccess"/> rule as the drive's own page, so a draft or
/// a drive of other units is refused on its dashboard, print page, export and change stamp exactly as on /campaigns/{id}.
/// </summary>
public static class DashboardAccess
{
    public static bool MayView(ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer) || user.IsInRole(Roles.UnitLeader);

    /// <summary>Ok, or Forbidden / NotFound answered the way the drive page answers them.</summary>
    internal static async Task<Outcome> MayViewAsync(PortalDbContext db, ICurrentUser user, int campaignId, CancellationToken ct)
    {
        if (!MayView(user))
        {
            return Outcome.Forbidden();
        }

        var drive = db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId);
        if (!await drive.AnyAsync(ct))
        {
            return Outcome.NotFound();
        }

        return await drive.ReadableBy(db, user).AnyAsync(ct) ? Outcome.Ok() : Outcome.Forbidden();
    }
}
