using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Every title a person or a collective was awarded by an issued decision, year by year; a revoked decision's lines
/// are kept and marked, and <see cref="AwardHistory.Standing"/> leaves them out, as <see cref="PastTitlesAsync"/> does for the
/// next round's consecutive-year rules. Read by the person, the leaders of their unit's subtree, the political department and admins.
/// </summary>
public sealed class AwardHistoryQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<AwardHistory?> ForPersonAsync(ICurrentUser user, string personId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Users.AsNoTracking().Where(u => u.Id == personId).Select(u => new { u.FullName, u.OrgUnitId }).SingleOrDefaultAsync(ct);
        if (person is null || (user.UserId != personId && !await MayReadUnitAsync(db, user, person.OrgUnitId, ct)))
        {
            return null;
        }

        return new(person.FullName, await EntriesAsync(db, db.DecisionLines.Where(l => l.PersonId == personId), ct));
    }

    public async Task<AwardHistory?> ForUnitAsync(ICurrentUser user, int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (unit is null || !await MayReadUnitAsync(db, user, unitId, ct))
        {
            return null;
        }

        return new(unit, await EntriesAsync(db, db.DecisionLines.Where(l => l.UnitId == unitId && l.PersonId == null), ct));
    }

    /// <summary>Staff read only their own history; a leader reads their subtree; the political department and admins everything.</summary>
    private static async Task<bool> MayReadUnitAsync(PortalDbContext db, ICurrentUser user, int unitId, CancellationToken ct) =>
        (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer) || user.IsInRole(Roles.UnitLeader))
        && (await db.VisibleUnitsAsync(user, ct)).Contains(unitId);

    /// <summary>
    /// What the consecutive-year rules count for each person before <paramref name="beforeYear"/>: the award records
    /// (imported history) and the included lines of decisions issued in the portal and not revoked, once per title and
    /// year: a record and a decision of the same title-year are one award, and the record is kept for its ad-hoc flag.
    /// </summary>
    internal static async Task<ILookup<string, PastTitle>> PastTitlesAsync(
        PortalDbContext db, ILookup<string, AwardRecord> records, IReadOnlyCollection<string> personIds, int beforeYear, CancellationToken ct)
    {
        var decided = (await db.DecisionLines.AsNoTracking().Where(l => l.Included && l.PersonId != null && personIds.Contains(l.PersonId))
            .Join(db.AwardDecisions.Where(d => d.Status == DecisionStatus.Issued), l => l.DecisionId, d => d.Id, (l, d) => new { l.PersonId, l.Title, d.RoundId })
            .Join(db.ReviewRounds.Where(r => r.Year < beforeYear), x => x.RoundId, r => r.Id, (x, r) => new { x.PersonId, x.Title, r.Year })
            .ToListAsync(ct)).ToLookup(x => x.PersonId!, x => new PastTitle(x.Year, x.Title));
        return personIds
            .SelectMany(id => records[id].Select(a => new PastTitle(a.Year, a.Title, a.AdHoc)).Concat(decided[id]).DistinctBy(t => (t.Year, t.Title)).Select(t => (id, t)))
            .ToLookup(x => x.id, x => x.t);
    }

    private static async Task<IReadOnlyList<AwardHistory.Entry>> EntriesAsync(PortalDbContext db, IQueryable<DecisionLine> lines, CancellationToken ct)
    {
        var rows = await lines.Where(l => l.Included)
            .Join(db.AwardDecisions.Where(d => d.Status != DecisionStatus.Draft), l => l.DecisionId, d => d.Id, (l, d) => new { l, d })
            .Join(db.ReviewRounds, x => x.d.RoundId, r => r.Id, (x, r) => new AwardHistory.Entry(
                r.Year, x.l.Title, x.l.TitleName, x.d.Id, x.d.Number!, x.d.DecidedOn!.Value, x.l.GoldenBookNumber!.Value, x.d.Status == DecisionStatus.Revoked))
            .ToListAsync(ct);
        return rows.OrderByDescending(e => e.Year).ThenBy(e => e.DecidedOn).ToList();
    }
}

/// <summary>A person's or a collective's titles, from decision lines.</summary>
public sealed record AwardHistory(string Name, IReadOnlyList<AwardHistory.Entry> Entries)
{
    /// <param name="Year">The year reviewed (the round's), which is the year the title is for.</param>
    public sealed record Entry(int Year, AwardTitle Title, string TitleName, int DecisionId, string Number, DateOnly DecidedOn, int GoldenBookNumber, bool Revoked);

    /// <summary>What still stands: the titles a consecutive-year rule may count.</summary>
    public IEnumerable<Entry> Standing => Entries.Where(e => !e.Revoked);
}
