using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>The drives a user may read, newest first, optionally of one status.</summary>
public sealed class CampaignListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Row(
        int Id,
        string Title,
        CampaignKind Kind,
        CampaignStatus Status,
        string OwnerUnit,
        DateOnly Start,
        DateOnly End,
        int Units,
        int Criteria);

    public async Task<IReadOnlyList<Row>> ForAsync(ICurrentUser user, CampaignStatus? status = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaigns = db.Campaigns.AsNoTracking().ReadableBy(db, user);
        if (status is { } wanted)
        {
            campaigns = campaigns.Where(c => c.Status == wanted);
        }

        return await campaigns
            .OrderByDescending(c => c.StartDate)
            .ThenBy(c => c.Id)
            .Select(c => new Row(
                c.Id,
                c.Title,
                c.Kind,
                c.Status,
                db.OrgUnits.Where(u => u.Id == c.OwnerUnitId).Select(u => u.Name).First(),
                c.StartDate,
                c.EndDate,
                db.CampaignUnits.Count(u => u.CampaignId == c.Id),
                db.Criteria.Count(k => k.CampaignId == c.Id)))
            .ToListAsync(ct);
    }
}
