using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class SqliteBackupTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"emulation-portal-backup-{Guid.NewGuid():N}.db");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_backup);
    }

    [Fact]
    public async Task A_backup_taken_while_others_write_is_consistent_and_restores_the_data_of_that_moment()
    {
        int pledgesAtBackup;
        await using (var db = _database.NewContext())
        {
            var writer = Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await using var other = _database.NewContext();
                    other.OrgUnits.Add(new OrgUnit($"W{i}", $"Tổ {i}", OrgUnitKind.Team));
                    await other.SaveChangesAsync(Ct);
                }
            }, Ct);
            pledgesAtBackup = await db.Pledges.CountAsync(Ct);
            await SqliteBackup.BackupAsync(db, _backup, Ct);
            await writer;
        }

        // Damage the live data, then restore the backup into it while the store is in use.
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM ProgressReports WHERE CorrectsReportId IS NOT NULL; DELETE FROM ProgressReports", Ct); // corrections first: they reference what they supersede
            await SqliteBackup.RestoreAsync(_backup, db.Database.GetConnectionString()!, Ct);
        }

        await using var restored = _database.NewContext();
        Assert.Equal(pledgesAtBackup, await restored.Pledges.CountAsync(Ct));
        Assert.True(await restored.ProgressReports.AnyAsync(Ct));
        Assert.True((await VerifyAuditChain.VerifyAsync(restored, Ct)).Intact);
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        await File.WriteAllTextAsync(_backup, "keep me", Ct);
        await using var db = _database.NewContext();

        await Assert.ThrowsAsync<IOException>(() => SqliteBackup.BackupAsync(db, _backup, Ct));
        Assert.Equal("keep me", await File.ReadAllTextAsync(_backup, Ct));
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_before_anything_is_restored()
    {
        await File.WriteAllBytesAsync(_backup, new byte[8192], Ct);
        await using var db = _database.NewContext();

        await Assert.ThrowsAnyAsync<Exception>(() => SqliteBackup.RestoreAsync(_backup, db.Database.GetConnectionString()!, Ct));
        Assert.True(await db.Pledges.AnyAsync(Ct));
    }
}
