using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>One drive as its readers see it: what it asks, who takes part, the launch cascade and the criteria's revisions.</summary>
public sealed class CampaignDetailQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record Detail(
        int Id,
        Guid Version,
        string Title,
        string? Theme,
        string? Occasion,
        string? Description,
        CampaignKind Kind,
        CampaignStatus Status,
        string OwnerUnit,
        DateOnly Start,
        DateOnly End,
        DateOnly PledgeDeadline,
        DateOnly? LaunchDeadline,
        bool PledgesRequired,
        bool LeaderAcceptanceRequired,
        IReadOnlyList<CriterionRow> Criteria,
        IReadOnlyList<LaunchRow> Launches,
        IReadOnlyList<RevisionRow> Revisions,
        bool CanLaunchOwnUnit);

    public sealed record CriterionRow(int Id, string Name, string? Description, Measure Measure, string? UnitOfMeasure, Direction Direction, double Weight);

    /// <summary>A participating unit (the owner too, if it takes part); <see cref="IsSubUnit"/> marks the owner's direct sub-units, the ones expected to launch their own drive.</summary>
    public sealed record LaunchRow(int OrgUnitId, string Code, string Name, bool IsSubUnit, DateTime? LaunchedAtLocal, LaunchState State);

    public sealed record RevisionRow(
        string CriterionName,
        string RevisedBy,
        DateTime RevisedAtLocal,
        string Reason,
        string OldName,
        string NewName,
        string? OldUnitOfMeasure,
        string? NewUnitOfMeasure,
        Direction OldDirection,
        Direction NewDirection,
        double OldWeight,
        double NewWeight);

    public async Task<Outcome<Detail>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new
            {
                Campaign = c,
                OwnerUnit = db.OrgUnits.Where(u => u.Id == c.OwnerUnitId).Select(u => u.Name).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return Outcome<Detail>.From(Outcome.NotFound());
        }

        if (!await db.Campaigns.Where(c => c.Id == campaignId).ReadableBy(db, user).AnyAsync(ct))
        {
            return Outcome<Detail>.From(Outcome.Forbidden());
        }

        var c = head.Campaign;

        var criteria = await db.Criteria.AsNoTracking().Where(k => k.CampaignId == campaignId).OrderBy(k => k.SortOrder)
            .Select(k => new CriterionRow(k.Id, k.Name, k.Description, k.Measure, k.UnitOfMeasure, k.Direction, k.Weight))
            .ToListAsync(ct);

        var units = await db.CampaignUnits.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.OrgUnits, p => p.OrgUnitId, u => u.Id, (p, u) => new { u.Id, u.Code, u.Name, u.ParentId, p.LaunchedAtUtc })
            .OrderBy(u => u.Code)
            .ToListAsync(ct);

        var today = clock.Today();
        var launches = units
            .Select(u =>
            {
                DateTime? local = u.LaunchedAtUtc is { } at ? FactoryTime.ToLocal(at) : null;
                var state = CampaignUnit.StateOf(local is { } l ? DateOnly.FromDateTime(l) : null, c.LaunchDeadline, today);
                return new LaunchRow(u.Id, u.Code, u.Name, u.ParentId == c.OwnerUnitId, local, state);
            })
            .ToList();

        var ownUnit = units.SingleOrDefault(u => u.Id == user.OrgUnitId);
        var canLaunch = c.Status == CampaignStatus.Open && ownUnit is { LaunchedAtUtc: null } && user.IsInRole(Roles.UnitLeader);

        return Outcome<Detail>.Ok(new Detail(
            c.Id, c.Version, c.Title, c.Theme, c.Occasion, c.Description, c.Kind, c.Status, head.OwnerUnit,
            c.StartDate, c.EndDate, c.PledgeDeadline, c.LaunchDeadline, c.PledgesRequired, c.LeaderAcceptanceRequired,
            criteria,
            launches,
            await RevisionsAsync(db, campaignId, ct),
            canLaunch));
    }

    /// <summary>The criteria's revisions after opening, newest first, with who made them.</summary>
    private static async Task<List<RevisionRow>> RevisionsAsync(PortalDbContext db, int campaignId, CancellationToken ct)
    {
        var revisions = await db.CriterionRevisions.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .OrderByDescending(r => r.RevisedAtUtc)
            .Select(r => new
            {
                Revision = r,
                CriterionName = db.Criteria.Where(k => k.Id == r.CriterionId).Select(k => k.Name).First(),
                RevisedBy = db.Users.Where(u => u.Id == r.RevisedByUserId).Select(u => u.FullName).First(),
            })
            .ToListAsync(ct);
        return revisions.Select(r => new RevisionRow(
            r.CriterionName, r.RevisedBy, FactoryTime.ToLocal(r.Revision.RevisedAtUtc), r.Revision.Reason,
            r.Revision.OldName, r.Revision.NewName, r.Revision.OldUnitOfMeasure, r.Revision.NewUnitOfMeasure,
            r.Revision.OldDirection, r.Revision.NewDirection, r.Revision.OldWeight, r.Revision.NewWeight)).ToList();
    }
}
