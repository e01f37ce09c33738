using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Data;

/// <summary>
/// Backup and restore of the embedded SQLite database while the portal runs. <c>VACUUM INTO</c> writes a consistent,
/// compacted copy from one read transaction (writers go on); restore checks the copy's integrity, then copies it
/// into the live file with SQLite's online backup API, which other connections see as one atomic change.
/// </summary>
public static class SqliteBackup
{
    public static async Task BackupAsync(PortalDbContext db, string backupPath, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("This backup is for the embedded SQLite database; back up SQL Server with its own tools (docs/operations.md).");
        }

        var fullPath = Path.GetFullPath(backupPath);
        if (File.Exists(fullPath))
        {
            throw new IOException($"{fullPath} exists already; choose a new file name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [fullPath], ct);
    }

    public static async Task RestoreAsync(string backupPath, string liveConnectionString, CancellationToken ct = default)
    {
        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(backupPath), Mode = SqliteOpenMode.ReadOnly }.ToString());
        await backup.OpenAsync(ct);
        await using (var check = backup.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)await check.ExecuteScalarAsync(ct);
            if (result != "ok")
            {
                throw new InvalidDataException($"The backup {backupPath} is damaged: {result}");
            }
        }

        await using var live = new SqliteConnection(liveConnectionString);
        await live.OpenAsync(ct);
        backup.BackupDatabase(live);
    }
}
