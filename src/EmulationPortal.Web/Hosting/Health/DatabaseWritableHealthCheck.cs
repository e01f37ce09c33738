using EmulationPortal.Application.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Hosting.Health;

/// <summary>
/// Ready only when a save could succeed now: a real write (every role's name set to itself) inside a transaction that
/// is rolled back, which a read-only, deleted or locked-out database refuses; and, on SQLite, room on the disk
/// (<c>Health:MinimumFreeDiskMegabytes</c>, default 64), since a rolled-back write never reaches the disk and a full disk
/// would otherwise only show when a user's save fails.
/// </summary>
internal sealed class DatabaseWritableHealthCheck(IDbContextFactory<PortalDbContext> dbFactory, IOptions<HealthOptions> health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Roles.ExecuteUpdateAsync(role => role.SetProperty(r => r.Name, r => r.Name), cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
        }

        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } path } && path != ":memory:")
        {
            var minimum = health.Value.MinimumFreeDiskMegabytes * 1024 * 1024;
            var free = new DriveInfo(Path.GetFullPath(path)).AvailableFreeSpace;
            if (free < minimum)
            {
                return HealthCheckResult.Unhealthy($"{free / (1024 * 1024)} MB free on the database's disk");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
