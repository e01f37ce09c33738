using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// A pledge's progress sheet: its owner reports on it; leaders of the subtree and the political department read it.
/// A collective pledge shows its unit's reports on the unit's targets, which the leader makes on the unit's progress page.
/// </summary>
public sealed class PledgeProgressQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<Outcome<ProgressSheet>> ForAsync(ICurrentUser user, int pledgeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pledge = await db.Pledges.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return Outcome<ProgressSheet>.From(Outcome.NotFound());
        }

        if (!await db.MayReadAsync(user, pledge, ct))
        {
            return Outcome<ProgressSheet>.From(Outcome.Forbidden());
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == pledge.CampaignId, ct);
        var owner = pledge.UserId is null
            ? await db.OrgUnits.Where(u => u.Id == pledge.OrgUnitId).Select(u => u.Name).SingleAsync(ct)
            : await db.Users.Where(u => u.Id == pledge.UserId).Select(u => u.FullName).SingleAsync(ct);
        var collective = pledge.Kind == PledgeKind.Collective;
        var history = collective
            ? await db.OfCollectivePledgeAsync(pledge, ct)
            : await db.OfPledgeItemsAsync(pledge.Items.Select(i => i.Id).ToList(), ct);
        var lines = pledge.Items
            .Join(campaign.Criteria, i => i.CriterionId, c => c.Id, (i, c) => (Item: i, Criterion: c))
            .OrderBy(x => x.Criterion.SortOrder)
            .Select(x => new ProgressLine(x.Item.Id, x.Criterion.Name, x.Criterion.Measure, x.Criterion.UnitOfMeasure, x.Criterion.Direction,
                x.Criterion.Weight, x.Item.CommittedValue, history[x.Item.Id].ToList()))
            .ToList();

        var canReport = !collective && user.Owns(pledge) && campaign.AcceptsProgress && pledge.Status is PledgeStatus.Submitted or PledgeStatus.Accepted;
        return Outcome<ProgressSheet>.Ok(new ProgressSheet(campaign.Id, campaign.Title, owner, campaign.StartDate, campaign.EndDate, canReport, lines, collective));
    }
}
