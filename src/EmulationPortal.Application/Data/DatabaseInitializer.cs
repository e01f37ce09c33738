using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Data;

/// <summary>Brings the store up to date at start-up: migrations, SQLite's WAL mode, the roles, the shipped rule sets, and the demo data when asked.</summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<DatabaseOptions>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = provider.GetRequiredService<PortalDbContext>();

        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await EnsureRolesAsync(db, ct);
        await SeededRuleSets.EnsureAsync(db, ct);

        if (options.SeedDemoData && !await db.OrgUnits.AnyAsync(ct))
        {
            var environment = provider.GetRequiredService<IHostEnvironment>();
            if (!environment.IsDevelopment() && !options.ForceDemoSeed)
            {
                throw new InvalidOperationException(
                    $"Demo data (with its published passwords) is seeded only in Development, not in {environment.EnvironmentName}, unless Database:ForceDemoSeed is true.");
            }

            logger.LogInformation("Seeding the demo data of the founding example (Factory Z121)");
            var hasher = provider.GetRequiredService<IPasswordHasher<PortalUser>>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await new DemoSeeder(db, hasher).SeedAsync(ct);
                await transaction.CommitAsync(ct);
            });
        }
    }

    private static async Task EnsureRolesAsync(PortalDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(ct);
    }
}
