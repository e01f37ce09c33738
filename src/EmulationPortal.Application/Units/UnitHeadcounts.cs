using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Units;

/// <summary>
/// The one headcount (quân số) every page shows: a unit's stored <c>Headcount</c> (its own people, the HR figure,
/// since not every worker has an account) plus that of every active unit below it. A deactivated unit has no people
/// left to count in its parent; its own row still reads its own figure and its active sub-units'.
/// </summary>
public sealed class UnitHeadcounts
{
    public sealed record Unit(int Id, int? ParentId, int Headcount, bool IsActive);

    private readonly Dictionary<int, int> _own;
    private readonly ILookup<int, int> _children;

    private UnitHeadcounts(Dictionary<int, int> own, ILookup<int, int> children) => (_own, _children) = (own, children);

    /// <summary>The whole tree in one query (it is small, <see cref="UnitScope"/> walks it in memory too).</summary>
    public static async Task<UnitHeadcounts> LoadAsync(PortalDbContext db, CancellationToken ct) =>
        From(await db.OrgUnits.AsNoTracking().Select(u => new Unit(u.Id, u.ParentId, u.Headcount, u.IsActive)).ToListAsync(ct));

    /// <summary>From the tree's rows, as loaded (or as a test writes them).</summary>
    public static UnitHeadcounts From(IReadOnlyCollection<Unit> units) => new(
        units.ToDictionary(u => u.Id, u => u.Headcount),
        units.Where(u => u.ParentId is not null && u.IsActive).ToLookup(u => u.ParentId!.Value, u => u.Id));

    /// <summary>The unit's headcount: its own people and those of the active units below it.</summary>
    public int Of(int unitId) => Covering([unitId]);

    /// <summary>The people of several units counted once each, even when one of them sits below another.</summary>
    public int Covering(IEnumerable<int> unitIds)
    {
        var covered = new HashSet<int>();
        foreach (var id in unitIds)
        {
            covered.UnionWith(UnitScope.Subtree(id, _children));
        }

        return covered.Sum(id => _own.GetValueOrDefault(id));
    }
}
