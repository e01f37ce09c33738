using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>The council's secretary (the political department) puts a filed initiative before the council: its members may vote.</summary>
public sealed class StartInitiativeEvaluation(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public Task<Outcome> ExecuteAsync(ICurrentUser user, int initiativeId, Guid version, CancellationToken ct = default) =>
        !InitiativeAccess.MayJudge(user)
            ? Task.FromResult(Outcome.Forbidden())
            : InitiativeChange.ApplyAsync(dbFactory, user, initiativeId, version, (_, initiative, _) =>
            {
                initiative.StartEvaluation();
                return Task.FromResult(Outcome.Ok());
            }, ct);
}
