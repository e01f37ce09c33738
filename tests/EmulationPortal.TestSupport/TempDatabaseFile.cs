using Microsoft.Data.Sqlite;

namespace EmulationPortal.TestSupport;

/// <summary>A real SQLite file under the temp folder, removed with its WAL files when the test is done.</summary>
public sealed class TempDatabaseFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"emulation-portal-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
