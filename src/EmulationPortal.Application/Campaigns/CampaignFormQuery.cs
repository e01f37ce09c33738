using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>The drive form for an admin: a new drive's defaults or an existing drive as saved, and the unit tree to pick from.</summary>
public sealed class CampaignFormQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Editor(CampaignForm Form, CampaignStatus Status, IReadOnlyList<TreeUnit> Units);

    public async Task<Outcome<Editor>> ForAsync(ICurrentUser user, int? campaignId, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<Editor>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var nodes = await db.OrgUnits.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new UnitTreeOrder.Node(u.Id, u.Code, u.Name, u.ParentId))
            .ToListAsync(ct);
        var units = UnitTreeOrder.Order(nodes);

        if (campaignId is not { } id)
        {
            return Outcome<Editor>.Ok(new Editor(new CampaignForm { OwnerUnitId = user.OrgUnitId }, CampaignStatus.Draft, units));
        }

        var campaign = await db.Campaigns.AsNoTracking().AsSplitQuery().Include(c => c.Criteria).Include(c => c.Units)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return Outcome<Editor>.From(Outcome.NotFound());
        }

        var form = new CampaignForm
        {
            Id = campaign.Id,
            Version = campaign.Version,
            Title = campaign.Title,
            Theme = campaign.Theme,
            Occasion = campaign.Occasion,
            Description = campaign.Description,
            Kind = campaign.Kind,
            OwnerUnitId = campaign.OwnerUnitId,
            Start = Day(campaign.StartDate),
            End = Day(campaign.EndDate),
            PledgeDeadline = Day(campaign.PledgeDeadline),
            LaunchDeadline = campaign.LaunchDeadline is { } launch ? Day(launch) : null,
            PledgesRequired = campaign.PledgesRequired,
            LeaderAcceptanceRequired = campaign.LeaderAcceptanceRequired,
            UnitIds = campaign.Units.Select(u => u.OrgUnitId).ToHashSet(),
            Criteria = campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => new CriterionForm
            {
                Id = c.Id,
                Name = c.Name,
                Description = c.Description,
                Measure = c.Measure,
                UnitOfMeasure = c.UnitOfMeasure,
                Direction = c.Direction,
                Weight = c.Weight,
                Required = c.Required,
            }).ToList(),
        };
        return Outcome<Editor>.Ok(new Editor(form, campaign.Status, units));
    }

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
