using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Units;

/// <summary>
/// The whole org tree in display order (each unit followed by its sub-units), with each unit's depth. A node carries
/// its own stored headcount (what the edit form changes) and the <see cref="UnitHeadcounts"/> total every page shows.
/// </summary>
public sealed class UnitTreeQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record UnitNode(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, int OwnHeadcount, int Headcount, bool IsActive, Guid Version, int Depth);

    public async Task<IReadOnlyList<UnitNode>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking()
            .OrderBy(u => u.Code)
            .Select(u => new UnitNode(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Headcount, 0, u.IsActive, u.Version, 0))
            .ToListAsync(ct);
        var headcounts = await UnitHeadcounts.LoadAsync(db, ct);

        // The tree is small (UnitScope walks it in memory too); ordering it for display is cheaper here than in SQL.
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var ordered = new List<UnitNode>(units.Count);
        var pending = new Stack<UnitNode>(units.Where(u => u.ParentId is null).Reverse());
        while (pending.TryPop(out var unit))
        {
            ordered.Add(unit with { Headcount = headcounts.Of(unit.Id) });
            foreach (var child in children[unit.Id].Reverse())
            {
                pending.Push(child with { Depth = unit.Depth + 1 });
            }
        }

        return ordered;
    }
}
