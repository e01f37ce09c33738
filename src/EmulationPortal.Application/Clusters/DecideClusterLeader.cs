using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>After two failed ballot rounds the head and the deputy each name the leading unit; when they agree it is recorded as their decision.</summary>
public sealed class DecideClusterLeader(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public Task<Outcome<bool>> ExecuteAsync(ICurrentUser user, int covenantId, int unitId, Guid version, CancellationToken ct = default) =>
        CovenantCommand.RunAsync(dbFactory, user, covenantId, version, scope =>
        {
            scope.Covenant.DecideLeader(scope.Cluster, scope.MemberUnitId, unitId);
            return Task.FromResult(true);
        }, ct);
}
