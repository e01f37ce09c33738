using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>
/// A participating unit launches its own drive under the parent one: its unit leader does it for their own unit,
/// or an admin does it for any unit. The first launch is the one on record.
/// </summary>
public sealed class RecordUnitLaunch(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, int campaignId, int orgUnitId, CancellationToken ct = default)
    {
        var ownUnitLeader = user.IsInRole(Roles.UnitLeader) && user.OrgUnitId == orgUnitId;
        if (!ownUnitLeader && !user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var campaign = await db.Campaigns.Include(c => c.Units).SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Outcome.NotFound();
        }

        return await db.SaveAsync(() => campaign.RecordLaunch(orgUnitId, clock.GetUtcNow().UtcDateTime), ct);
    }
}
