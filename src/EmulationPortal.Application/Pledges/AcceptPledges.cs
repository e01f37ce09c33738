using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>A reviewer accepts one or many submitted pledges at once: all of them or none (one transaction).</summary>
public sealed class AcceptPledges(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    /// <summary>A pledge as the reviewer saw it: its id and the version they read.</summary>
    public sealed record Reviewed(int PledgeId, Guid Version);

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, IReadOnlyCollection<Reviewed> pledges, CancellationToken ct = default)
    {
        if (!ReviewScope.MayReview(user))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var ids = pledges.Select(p => p.PledgeId).ToList();
        var loaded = await db.Pledges.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        if (loaded.Count != ids.Distinct().Count())
        {
            return Outcome.NotFound();
        }

        var reviewable = await ReviewScope.ReviewableAsync(db, user, ct);
        if (!loaded.Values.All(reviewable))
        {
            return Outcome.Forbidden();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SaveAsync(() =>
        {
            foreach (var seen in pledges)
            {
                var pledge = loaded[seen.PledgeId];
                db.ExpectVersion(pledge, seen.Version);
                pledge.Accept(user.UserId, now);
            }
        }, ct);
    }
}
