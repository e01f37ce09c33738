using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>A unit leader's sheet of their own unit's targets in a drive, with the reports against them.</summary>
public sealed class UnitProgressQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<Outcome<ProgressSheet>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.UnitLeader))
        {
            return Outcome<ProgressSheet>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Outcome<ProgressSheet>.From(Outcome.NotFound());
        }

        var unitId = user.OrgUnitId;
        var unit = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.CampaignId == campaignId && t.OrgUnitId == unitId).ToListAsync(ct);
        var history = await db.OfUnitTargetsAsync(targets.Select(t => t.Id).ToList(), ct);
        var lines = targets
            .Join(campaign.Criteria, t => t.CriterionId, c => c.Id, (t, c) => (Target: t, Criterion: c))
            .OrderBy(x => x.Criterion.SortOrder)
            .Select(x => new ProgressLine(x.Target.Id, x.Criterion.Name, x.Criterion.Measure, x.Criterion.UnitOfMeasure, x.Criterion.Direction,
                x.Criterion.Weight, x.Target.TargetValue, history[x.Target.Id].ToList()))
            .ToList();

        return Outcome<ProgressSheet>.Ok(new ProgressSheet(campaign.Id, campaign.Title, unit, campaign.StartDate, campaign.EndDate, campaign.AcceptsProgress, lines));
    }
}
