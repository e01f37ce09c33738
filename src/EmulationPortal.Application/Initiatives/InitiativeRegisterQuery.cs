using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// The register of initiatives the user may read (<see cref="InitiativeAccess"/>), searched by code or title without
/// diacritics and filtered by unit (with its subtree), year (filed, or written for a draft), state and scope.
/// </summary>
public sealed class InitiativeRegisterQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <summary>More rows than a page shows or a sheet needs in a year of a factory; the filters narrow it.</summary>
    public const int MaxRows = 1000;

    public sealed record Filter(string? Search = null, int? UnitId = null, int? Year = null, InitiativeState? State = null, InitiativeScope? Scope = null);

    public sealed record Row(int Id, string? Code, string Title, string UnitName, string Authors, InitiativeState State, InitiativeScope? Scope,
        DateOnly? FiledOn, DateOnly? DecidedOn, double? SavingVnd, string? ConsumedFor);

    public async Task<IReadOnlyList<Row>> ExecuteAsync(ICurrentUser user, Filter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await InitiativeAccess.ReadableAsync(db, user, ct);
        if (SearchText.Fold(filter.Search) is { Length: > 0 } folded)
        {
            query = query.Where(i => i.SearchName.Contains(folded));
        }

        if (filter.UnitId is { } unitId)
        {
            var children = (await db.OrgUnits.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(ct))
                .ToLookup(u => u.ParentId!.Value, u => u.Id);
            var subtree = UnitScope.Subtree(unitId, children).ToList();
            query = query.Where(i => subtree.Contains(i.OrgUnitId));
        }

        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            query = query.Where(i => i.FiledOn != null ? i.FiledOn >= first && i.FiledOn <= last : i.CreatedAtUtc >= from && i.CreatedAtUtc < to);
        }

        query = filter.State is { } state ? query.Where(i => i.State == state) : query;
        query = filter.Scope is { } scope ? query.Where(i => i.Scope == scope) : query;
        var rows = await query
            .OrderByDescending(i => i.FiledOn).ThenByDescending(i => i.Id)
            .Take(MaxRows)
            .Select(i => new
            {
                i.Id, i.Code, i.Title, Unit = db.OrgUnits.Where(u => u.Id == i.OrgUnitId).Select(u => u.Name).Single(), i.State, i.Scope,
                i.FiledOn, i.DecidedOn, i.SavingVnd, i.ConsumedFor,
                Authors = i.Authors.OrderByDescending(a => a.Share).Select(a => db.Users.Where(u => u.Id == a.UserId).Select(u => u.FullName).Single()).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new Row(r.Id, r.Code, r.Title, r.Unit, string.Join(", ", r.Authors), r.State, r.Scope, r.FiledOn, r.DecidedOn, r.SavingVnd, r.ConsumedFor)).ToList();
    }
}
