using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>
/// The chair or the secretary opens the council's session on a round in council, today, with the members serving
/// today; opening it again leads to the same session. Audited.
/// </summary>
public sealed class OpenCouncilSession(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var round = await db.ReviewRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        if (await db.CouncilSessions.Where(s => s.RoundId == roundId).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct) is { } existing)
        {
            return Outcome<int>.Ok(existing);
        }

        var council = await db.CouncilMembers.AsNoTracking().Where(m => m.OrgUnitId == round.ScopeUnitId).ToListAsync(ct);
        return await db.GuardAsync(async () =>
        {
            var session = new CouncilSession(round, clock.Today(), council, user.UserId);
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(session.Id);
        });
    }
}
