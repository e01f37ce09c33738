using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Recognition;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Recognitions;

/// <summary>The recognitions of a drive, newest first, optionally for one unit (and the units under it) or of one kind.</summary>
public sealed class RecognitionsQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Filter(int CampaignId, int? OrgUnitId = null, RecognitionKind? Kind = null);

    public sealed record Entry(int Id, RecognitionKind Kind, int OrgUnitId, string UnitName, string? PersonName, string Reason, DateOnly RecognisedOn, string RecordedBy);

    public async Task<Outcome<IReadOnlyList<Entry>>> ForAsync(ICurrentUser user, Filter filter, CancellationToken ct = default)
    {
        if (!RecognitionAccess.MayManage(user))
        {
            return Outcome<IReadOnlyList<Entry>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = new List<int>();
        if (filter.OrgUnitId is { } root)
        {
            var tree = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToListAsync(ct);
            units = UnitScope.Subtree(root, tree.ToLookup(u => u.Parent, u => u.Id)).ToList();
        }

        var entries = await (
                from r in db.Recognitions.AsNoTracking()
                join unit in db.OrgUnits on r.OrgUnitId equals unit.Id
                join person in db.Users on r.UserId equals person.Id into people
                from person in people.DefaultIfEmpty()
                join recorder in db.Users on r.RecordedByUserId equals recorder.Id
                where r.CampaignId == filter.CampaignId
                    && (filter.OrgUnitId == null || units.Contains(r.OrgUnitId))
                    && (filter.Kind == null || r.Kind == filter.Kind)
                orderby r.RecognisedOn descending, r.Id descending
                select new Entry(r.Id, r.Kind, r.OrgUnitId, unit.Name, person != null ? person.FullName : null, r.Reason, r.RecognisedOn, recorder.FullName))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<Entry>>.Ok(entries);
    }
}
