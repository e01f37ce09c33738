using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>The cluster's head opens a ballot round to acclaim the leading unit; scores are fixed from then on.</summary>
public sealed class StartAcclamationRound(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public Task<Outcome<bool>> ExecuteAsync(ICurrentUser user, int covenantId, Guid version, CancellationToken ct = default) =>
        CovenantCommand.RunAsync(dbFactory, user, covenantId, version, scope =>
        {
            scope.Covenant.StartAcclamationRound(scope.Cluster, scope.MemberUnitId);
            return Task.FromResult(true);
        }, ct);
}
