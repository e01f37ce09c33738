using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>Revokes an issued decision with its reason; the decision stays as issued, marked revoked by whom and when; audited.</summary>
public sealed class RevokeDecision(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public Task<Outcome> ExecuteAsync(ICurrentUser user, int decisionId, Guid version, string reason, CancellationToken ct = default) =>
        DecisionChange.ApplyAsync(dbFactory, user, decisionId, version, (_, decision, _) =>
        {
            decision.Revoke(reason, user.UserId, clock.GetUtcNow().UtcDateTime);
            return Task.CompletedTask;
        }, ct);
}
