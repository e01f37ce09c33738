using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>The flag's vote threshold from the rule set in force at the end of the covenant's year (more than half where it sets none).</summary>
internal static class AcclamationRules
{
    public static async Task<Figure?> ThresholdAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var sets = await db.RuleSets.AsNoTracking().ToListAsync(ct);
        return RuleSet.InForceOn(sets, new DateOnly(year, 12, 31))?.Book.Titles.FirstOrDefault(t => t.Title == AwardTitle.EmulationFlag)?.VoteThreshold;
    }
}
