using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>The rule sets every installation starts with (not only the demo); added once, by code, then edited as data.</summary>
internal static class SeededRuleSets
{
    public static async Task EnsureAsync(PortalDbContext db, CancellationToken ct)
    {
        var existing = await db.RuleSets.Select(r => r.Code).ToListAsync(ct);
        foreach (var set in new[] { SeededRuleBooks.Army2018(), SeededRuleBooks.Current() }.Where(s => !existing.Contains(s.Code)))
        {
            db.RuleSets.Add(set);
        }

        await db.SaveChangesAsync(ct);
    }
}
