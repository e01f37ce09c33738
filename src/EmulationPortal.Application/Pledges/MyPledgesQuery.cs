using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>Every pledge the user owns across drives (a leader's unit pledges too), newest drive first, with its completion so far.</summary>
public sealed class MyPledgesQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Row(int PledgeId, int CampaignId, string Campaign, PledgeKind Kind, PledgeStatus Status, DateTime? SubmittedAtUtc, OverallCompletion? Completion);

    public async Task<IReadOnlyList<Row>> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = user.UserId;
        var unitId = user.OrgUnitId;
        var leader = user.IsInRole(Roles.UnitLeader);
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => p.UserId == userId || (leader && p.Kind == PledgeKind.Collective && p.OrgUnitId == unitId))
            .Join(db.Campaigns, p => p.CampaignId, c => c.Id, (p, c) => new { p.Id, p.CampaignId, c.Title, c.StartDate, p.Kind, p.Status, p.SubmittedAtUtc })
            .OrderByDescending(p => p.StartDate)
            .ToListAsync(ct);

        var ids = pledges.Select(p => p.Id).ToList();
        // A collective pledge's items read the unit's reports on its targets for the same criteria (ProgressHistory.OfCollectivePledgeAsync).
        var items = (await (
                from i in db.PledgeItems.AsNoTracking()
                join p in db.Pledges on i.PledgeId equals p.Id
                join c in db.Criteria on i.CriterionId equals c.Id
                where ids.Contains(i.PledgeId)
                select new
                {
                    i.PledgeId,
                    c.Direction,
                    c.Weight,
                    i.CommittedValue,
                    Latest = db.ProgressReports
                        .Where(r => !r.IsSuperseded && (p.Kind == PledgeKind.Individual
                            ? r.PledgeItemId == i.Id
                            : db.UnitTargets.Any(t => t.Id == r.UnitTargetId && t.CampaignId == p.CampaignId && t.OrgUnitId == p.OrgUnitId && t.CriterionId == i.CriterionId)))
                        .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.ReportedAtUtc).Select(r => (double?)r.Value).FirstOrDefault(),
                })
            .ToListAsync(ct))
            .Where(i => i.CommittedValue is not null) // a draft's line with no value yet has nothing to complete
            .ToLookup(i => i.PledgeId, i => (i.Weight, Completion.Of(i.Direction, i.CommittedValue, i.Latest)));

        return pledges
            .Select(p => new Row(p.Id, p.CampaignId, p.Title, p.Kind, p.Status, p.SubmittedAtUtc, OverallCompletion.Weighted(items[p.Id])))
            .ToList();
    }
}
