using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>The submitted pledges a reviewer may accept or return, oldest first, with what each commits to.</summary>
public sealed class ReviewQueueQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Commitment(string Criterion, Measure Measure, string? UnitOfMeasure, double Value);

    public sealed record Row(
        int PledgeId,
        Guid Version,
        PledgeKind Kind,
        string Who,
        string Unit,
        string Campaign,
        DateTime? SubmittedAtUtc,
        string ActionProgramme,
        IReadOnlyList<Commitment> Items);

    public async Task<Outcome<IReadOnlyList<Row>>> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!ReviewScope.MayReview(user))
        {
            return Outcome<IReadOnlyList<Row>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (await WaitingAsync(db, user, ct))
            .OrderBy(p => p.SubmittedAtUtc)
            .Select(p => new
            {
                p.Id,
                p.Version,
                p.Kind,
                Person = db.Users.Where(u => u.Id == p.UserId).Select(u => u.FullName).FirstOrDefault(),
                Unit = db.OrgUnits.Where(u => u.Id == p.OrgUnitId).Select(u => u.Name).First(),
                Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Title).First(),
                p.SubmittedAtUtc,
                p.ActionProgramme,
            })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        // A submitted pledge has a value on every item (Pledge.Submit); one withdrawn and re-edited since the rows were read
        // may not, and a criterion without a value is no commitment to show.
        var items = (await db.PledgeItems.AsNoTracking()
            .Where(i => ids.Contains(i.PledgeId) && i.CommittedValue != null)
            .Join(db.Criteria, i => i.CriterionId, c => c.Id, (i, c) => new { i.PledgeId, c.SortOrder, Item = new Commitment(c.Name, c.Measure, c.UnitOfMeasure, i.CommittedValue!.Value) })
            .ToListAsync(ct))
            .OrderBy(i => i.SortOrder)
            .ToLookup(i => i.PledgeId, i => i.Item);

        return Outcome<IReadOnlyList<Row>>.Ok(rows
            .Select(r => new Row(r.Id, r.Version, r.Kind, r.Person ?? r.Unit, r.Unit, r.Campaign, r.SubmittedAtUtc, r.ActionProgramme, items[r.Id].ToList()))
            .ToList());
    }

    /// <summary>How many pledges wait for this reviewer (the leader's home page); 0 for anyone who does not review.</summary>
    public async Task<int> CountAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!ReviewScope.MayReview(user))
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (await WaitingAsync(db, user, ct)).CountAsync(ct);
    }

    /// <summary>Submitted pledges of the units the reviewer sees, except the reviewer's own and their own unit's collective one.</summary>
    private static async Task<IQueryable<Pledge>> WaitingAsync(PortalDbContext db, ICurrentUser user, CancellationToken ct)
    {
        var units = (await db.VisibleUnitsAsync(user, ct)).ToList();
        var userId = user.UserId;
        var ownUnit = user.OrgUnitId;
        return db.Pledges.AsNoTracking()
            .Where(p => p.Status == PledgeStatus.Submitted && units.Contains(p.OrgUnitId)
                && (p.UserId == null ? p.OrgUnitId != ownUnit : p.UserId != userId));
    }
}
