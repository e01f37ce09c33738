using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>The rounds a user takes part in: those whose scope holds the user's unit (staff included), or all for the political department.</summary>
public sealed class ReviewRoundListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Row(int Id, string Name, int Year, ReviewRoundStatus Status, string ScopeUnit, string RuleSet, DateOnly NominationDeadline);

    public async Task<IReadOnlyList<Row>> ExecuteAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToListAsync(ct);
        var parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        var ancestors = new HashSet<int>();
        for (int? id = user.OrgUnitId; id is { } current && ancestors.Add(current); id = parents.GetValueOrDefault(current))
        {
        }

        var rounds = await db.ReviewRounds.AsNoTracking()
            .Join(db.RuleSets, r => r.RuleSetId, s => s.Id, (r, s) => new { r.Id, r.Name, r.Year, r.Status, r.ScopeUnitId, RuleSet = s.Name, r.NominationDeadline })
            .OrderByDescending(r => r.Year).ThenBy(r => r.Id)
            .ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var manager = ReviewAccess.MayManage(user);
        return rounds
            .Where(r => manager || ancestors.Contains(r.ScopeUnitId))
            .Where(r => manager || r.Status != ReviewRoundStatus.Draft)
            .Select(r => new Row(r.Id, r.Name, r.Year, r.Status, names[r.ScopeUnitId], r.RuleSet, r.NominationDeadline))
            .ToList();
    }
}
