using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationPortal.Application.Tests;

/// <summary>Both providers' migrations match the model, so neither store drifts; SQL Server is checked without a server.</summary>
public class MigrationsTests
{
    private static PortalDbContext SqlServerContext() => new(new DbContextOptionsBuilder<PortalDbContext>()
        .UseSqlServer("Server=localhost;Database=EmulationPortal;Trusted_Connection=True;TrustServerCertificate=True",
            sql => sql.MigrationsAssembly(DatabaseRegistration.SqlServerMigrationsAssembly))
        .Options, TimeProvider.System);

    private static PortalDbContext SqliteContext() => new(new DbContextOptionsBuilder<PortalDbContext>()
        .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(DatabaseRegistration.SqliteMigrationsAssembly))
        .Options, TimeProvider.System);

    [Fact]
    public void The_SqlServer_migrations_have_no_pending_model_changes()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_Sqlite_migrations_have_no_pending_model_changes()
    {
        using var db = SqliteContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_SqlServer_idempotent_migration_script_for_a_DBA_can_be_generated_without_a_server()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Pledges]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_UnitTargets_CampaignId_OrgUnitId_CriterionId]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_SQLite_file_is_created_and_fully_migrated_at_start()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsAsyncEnumerable().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, await db.Roles.CountAsync(TestContext.Current.CancellationToken));
    }
}
