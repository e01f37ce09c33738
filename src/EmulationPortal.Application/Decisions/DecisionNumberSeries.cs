using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// The last decision number a unit issued in a year. Incremented in the issuing transaction, so the row lock (SQL
/// Server) or the write lock (SQLite) serialises concurrent issues: numbers come without gaps, and a rolled-back issue
/// gives its number back. The unique index on the decisions is the second guard.
/// </summary>
internal sealed class DecisionNumberSeries
{
    public int IssuingUnitId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }

    /// <summary>The next number of the series; call inside the issuing transaction. A series started at the same moment elsewhere is a duplicate key: the caller retries.</summary>
    public static async Task<int> NextAsync(PortalDbContext db, int unitId, int year, CancellationToken ct)
    {
        var moved = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"DecisionNumberSeries\" SET \"LastNumber\" = \"LastNumber\" + 1 WHERE \"IssuingUnitId\" = {unitId} AND \"Year\" = {year}", ct);
        if (moved == 0)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"DecisionNumberSeries\" (\"IssuingUnitId\", \"Year\", \"LastNumber\") VALUES ({unitId}, {year}, 1)", ct);
            return 1;
        }

        return await db.Set<DecisionNumberSeries>().AsNoTracking()
            .Where(s => s.IssuingUnitId == unitId && s.Year == year).Select(s => s.LastNumber).SingleAsync(ct);
    }
}
