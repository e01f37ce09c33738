using EmulationPortal.Application.Data;
using EmulationPortal.Benchmarks.Generation;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Benchmarks;

/// <summary>
/// The generated SQLite file the benchmarks read: <c>EMULATION_BENCH_DB</c>, or a ministry-scale file under the temp
/// folder, generated on first use (a few minutes) and kept for later runs.
/// </summary>
internal static class BenchDatabase
{
    public const string Variable = "EMULATION_BENCH_DB";

    public static string DefaultFile =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? Path.GetFullPath(file) : Path.Combine(Path.GetTempPath(), "emulation-portal-bench", "ministry.db");

    public static async Task<string> EnsureAsync(string file, Scale scale)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await DataGenerator.RunAsync(DatabaseProvider.Sqlite, PortalServices.SqliteConnection(file), scale, Console.Out);
        }

        return file;
    }

    /// <summary>A scratch copy for benchmarks that write, so the shared file keeps its figures.</summary>
    public static string CopyOf(string file)
    {
        var copy = Path.Combine(Path.GetDirectoryName(file)!, $"{Path.GetFileNameWithoutExtension(file)}-scratch-{Guid.NewGuid():N}.db");
        File.Copy(file, copy);
        return copy;
    }

    public static void Delete(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
