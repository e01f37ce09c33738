using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Units;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Tests.Hosting;

/// <summary>
/// <c>restore</c> is run because the live database is broken, so it must not wait for the start-up steps that a broken
/// database fails (migrations, roles, demo seed). The portal is run as the operator runs it: its own process.
/// </summary>
public sealed class RestoreCommandTests : IAsyncDisposable
{
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"emulation-portal-restore-{Guid.NewGuid():N}.db");
    private SqliteTestDatabase? _database;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restore_brings_back_a_live_database_whose_migration_history_was_lost()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        string live;
        await using (var db = _database.NewContext())
        {
            live = db.Database.GetConnectionString()!;
            db.OrgUnits.Add(new OrgUnit("PX6", "Phân xưởng 6", OrgUnitKind.Workshop));
            await db.SaveChangesAsync(Ct);
            await SqliteBackup.BackupAsync(db, _backup, Ct);

            // Broken so that start-up's migration fails: every table is there, but the history of applied migrations is gone.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"", Ct);
        }

        SqliteConnection.ClearAllPools();
        using var restore = PortalProcess.Start("src/EmulationPortal.Web", "EmulationPortal.Web.dll", $"restore \"{_backup}\"", _ => { }, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Sqlite"] = live,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });

        Assert.Equal(0, await restore.ExitCodeAsync(Ct));
        await using var restored = _database.NewContext();
        Assert.Empty(await restored.Database.GetPendingMigrationsAsync(Ct));
        Assert.True(await restored.OrgUnits.AnyAsync(u => u.Code == "PX6", Ct));
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        File.Delete(_backup);
    }
}
