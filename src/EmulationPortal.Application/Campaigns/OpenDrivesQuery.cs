using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>
/// The open drives the user's unit takes part in, with the user's own pledge and the participation of the user's unit
/// and the units under it (a team for a worker, a workshop for its leader, the factory for its staff), counted as the
/// dashboards count it: submitted or accepted individual pledges over that subtree's headcount (<see cref="UnitHeadcounts"/>).
/// </summary>
public sealed class OpenDrivesQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record OpenDrive(
        int CampaignId,
        string Title,
        string? Theme,
        DateOnly Start,
        DateOnly End,
        DateOnly PledgeDeadline,
        int DaysRemaining,
        PledgeStatus? MyPledge,
        int UnitPledged,
        int UnitStaff,
        bool Started);

    public async Task<IReadOnlyList<OpenDrive>> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unitId = user.OrgUnitId;
        var userId = user.UserId;
        var tree = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToListAsync(ct);
        var subtree = UnitScope.Subtree(unitId, tree.ToLookup(u => u.Parent, u => u.Id)).ToList();
        var unitStaff = (await UnitHeadcounts.LoadAsync(db, ct)).Of(unitId);

        var drives = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Open && db.CampaignUnits.Any(u => u.CampaignId == c.Id && u.OrgUnitId == unitId))
            .OrderBy(c => c.EndDate)
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Theme,
                c.StartDate,
                c.EndDate,
                c.PledgeDeadline,
                MyPledge = db.Pledges.Where(p => p.CampaignId == c.Id && p.UserId == userId).Select(p => (PledgeStatus?)p.Status).FirstOrDefault(),
                UnitPledged = db.Pledges.Count(p => p.CampaignId == c.Id && subtree.Contains(p.OrgUnitId) && p.Kind == PledgeKind.Individual
                    && (p.Status == PledgeStatus.Submitted || p.Status == PledgeStatus.Accepted)),
            })
            .ToListAsync(ct);

        var today = clock.Today();
        return drives
            .Select(d => new OpenDrive(d.Id, d.Title, d.Theme, d.StartDate, d.EndDate, d.PledgeDeadline,
                new CampaignPeriod(d.StartDate, d.EndDate, d.PledgeDeadline, null).DaysRemaining(today), d.MyPledge, d.UnitPledged, unitStaff,
                Started: today >= d.StartDate)) // an open drive whose first day is still to come is not running yet
            .ToList();
    }
}
