using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Targets;

/// <summary>An admin's grid of a drive's per-unit targets: participating units (in tree order) × criteria, with each target's version.</summary>
public sealed class TargetGridQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Grid(
        int CampaignId,
        string Title,
        CampaignStatus Status,
        IReadOnlyList<GridUnit> Units,
        IReadOnlyList<GridCriterion> Criteria,
        IReadOnlyList<TargetCell> Cells);

    /// <summary>A participating unit; <see cref="Headcount"/> is <see cref="UnitHeadcounts"/>' figure, the weight when a parent's total is shared out.</summary>
    public sealed record GridUnit(int Id, string Code, string Name, int? ParentId, int Depth, int Headcount);

    public sealed record GridCriterion(int Id, string Name, Measure Measure, string? UnitOfMeasure);

    public sealed record TargetCell(int OrgUnitId, int CriterionId, double Value, Guid Version);

    public async Task<Outcome<Grid>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<Grid>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Title, c.Status }).SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return Outcome<Grid>.From(Outcome.NotFound());
        }

        var headcounts = await UnitHeadcounts.LoadAsync(db, ct);
        var participating = await db.CampaignUnits.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.OrgUnits, p => p.OrgUnitId, u => u.Id, (p, u) => new UnitTreeOrder.Node(u.Id, u.Code, u.Name, u.ParentId))
            .ToListAsync(ct);
        var units = UnitTreeOrder.Order(participating)
            .Select(u => new GridUnit(u.Id, u.Code, u.Name, u.ParentId, u.Depth, headcounts.Of(u.Id)))
            .ToList();

        var criteria = await db.Criteria.AsNoTracking().Where(k => k.CampaignId == campaignId).OrderBy(k => k.SortOrder)
            .Select(k => new GridCriterion(k.Id, k.Name, k.Measure, k.UnitOfMeasure))
            .ToListAsync(ct);
        var cells = await db.UnitTargets.AsNoTracking().Where(t => t.CampaignId == campaignId)
            .Select(t => new TargetCell(t.OrgUnitId, t.CriterionId, t.TargetValue, t.Version))
            .ToListAsync(ct);

        return Outcome<Grid>.Ok(new Grid(campaignId, campaign.Title, campaign.Status, units, criteria, cells));
    }
}
