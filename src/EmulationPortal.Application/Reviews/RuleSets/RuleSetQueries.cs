using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews.RuleSets;

/// <summary>A rule set as the admin's editor shows it: its numbers, and whether a closed round froze it.</summary>
public sealed record RuleSetForm(int Id, string Code, string Name, DateOnly EffectiveFrom, Guid Version, int Rounds, bool Frozen, IReadOnlyList<RuleParameter> Parameters);

/// <summary>The rule sets for admins, latest first, each with how many rounds use it and whether a closed one froze it.</summary>
public sealed class RuleSetListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<IReadOnlyList<RuleSetForm>?> ExecuteAsync(ICurrentUser user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sets = await db.RuleSets.AsNoTracking().ToListAsync(ct);
        var rounds = await db.ReviewRounds.AsNoTracking().Select(r => new { r.RuleSetId, r.Status }).ToListAsync(ct);
        return sets.OrderByDescending(s => s.EffectiveFrom).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => Form(s, rounds.Count(r => r.RuleSetId == s.Id), rounds.Any(r => r.RuleSetId == s.Id && r.Status == ReviewRoundStatus.Closed)))
            .ToList();
    }

    internal static RuleSetForm Form(RuleSet set, int rounds, bool frozen) =>
        new(set.Id, set.Code, set.Name, set.EffectiveFrom, set.Version, rounds, frozen, RuleParameters.Of(set.Book));
}

/// <summary>One rule set for the admin's editor; null when the user is not an admin or there is no such set.</summary>
public sealed class RuleSetFormQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<RuleSetForm?> ExecuteAsync(ICurrentUser user, int id, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var set = await db.RuleSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (set is null)
        {
            return null;
        }

        var statuses = await db.ReviewRounds.AsNoTracking().Where(r => r.RuleSetId == id).Select(r => r.Status).ToListAsync(ct);
        return RuleSetListQuery.Form(set, statuses.Count, statuses.Contains(ReviewRoundStatus.Closed));
    }
}
