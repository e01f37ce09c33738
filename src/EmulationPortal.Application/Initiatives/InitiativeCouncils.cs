using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>Which council judges an initiative, and who of it sits on one initiative's evaluation.</summary>
internal static class InitiativeCouncils
{
    /// <summary>The nearest unit, the initiative's own or an ancestor, with at least one council member; null when none has.</summary>
    public static async Task<int?> JudgingUnitAsync(PortalDbContext db, int unitId, CancellationToken ct)
    {
        var parents = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        var councils = (await db.InitiativeCouncilMembers.Select(m => m.OrgUnitId).Distinct().ToListAsync(ct)).ToHashSet();
        for (int? at = unitId; at is { } id; at = parents.GetValueOrDefault(id))
        {
            if (councils.Contains(id))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The agreeing share the rule set in force on the day asks for; two thirds when no rule set is in force yet.</summary>
    public static async Task<Figure> ApprovalAsync(PortalDbContext db, DateOnly day, CancellationToken ct) =>
        (await db.RuleSets.AsNoTracking().Where(r => r.EffectiveFrom <= day).OrderByDescending(r => r.EffectiveFrom)
            .Select(r => r.Book).FirstOrDefaultAsync(ct))?.InitiativeApprovalShare ?? RuleBook.DefaultInitiativeApproval;

    public static async Task<List<string>> MembersAsync(PortalDbContext db, int councilUnitId, CancellationToken ct) =>
        await db.InitiativeCouncilMembers.Where(m => m.OrgUnitId == councilUnitId).Select(m => m.UserId).ToListAsync(ct);

    /// <summary>The members who sit on this initiative's evaluation: the council without its authors.</summary>
    public static async Task<HashSet<string>> SittingAsync(PortalDbContext db, Initiative initiative, CancellationToken ct) =>
        (await MembersAsync(db, initiative.CouncilUnitId ?? 0, ct)).Where(m => !initiative.IsAuthor(m)).ToHashSet();
}
