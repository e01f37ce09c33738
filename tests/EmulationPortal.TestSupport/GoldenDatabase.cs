using System.Collections.Concurrent;

namespace EmulationPortal.TestSupport;

/// <summary>
/// Migrating and seeding the demo (password hashes for every demo account included) is most of what a test's fresh
/// database costs, so each test process does it once, on first use, for the empty and the seeded database, and every
/// test gets a copy of the file. The copy is byte for byte what a new portal start would have built.
/// </summary>
public static class GoldenDatabase
{
    private static readonly ConcurrentDictionary<bool, Lazy<Task<string>>> Files = new();

    static GoldenDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var file in Files.Values.Where(f => f.IsValueCreated && f.Value.IsCompletedSuccessfully))
        {
            File.Delete(file.Value.Result);
        }
    };

    /// <summary>Copies the golden database (built on the first call) to <paramref name="target"/>, which must not be open.</summary>
    public static async Task CopyToAsync(bool seedDemoData, string target) =>
        File.Copy(await Files.GetOrAdd(seedDemoData, seeded => new Lazy<Task<string>>(() => Task.Run(() => BuildAsync(seeded)))).Value, target, overwrite: true);

    /// <inheritdoc cref="CopyToAsync"/>
    public static void CopyTo(bool seedDemoData, string target) =>
        Task.Run(() => CopyToAsync(seedDemoData, target)).GetAwaiter().GetResult();

    private static async Task<string> BuildAsync(bool seedDemoData)
    {
        var path = Path.Combine(Path.GetTempPath(), $"emulation-portal-golden-{Environment.ProcessId}-{(seedDemoData ? "demo" : "empty")}-{Guid.NewGuid():N}.db");
        await SqliteTestDatabase.BuildAsync(seedDemoData, path);
        return path;
    }
}
