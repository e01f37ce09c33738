using EmulationPortal.Application.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EmulationPortal.TestSupport;

/// <summary>
/// The application layer on a real, migrated SQLite file (never EF InMemory), wired the way the portal wires it,
/// with a fake clock standing on the demo's day (12/1/2021) unless the test moves it.
/// </summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly TempDatabaseFile? _file;
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly ServiceProvider _services;

    private SqliteTestDatabase(bool seedDemoData, IReadOnlyDictionary<string, string?>? settings = null, bool pooling = true, string? existingFile = null)
    {
        _file = existingFile is null ? new TempDatabaseFile() : null;
        FilePath = existingFile ?? _file!.Path;
        _settings = settings;
        var connectionString = $"Data Source={FilePath}";
        _services = TestApplicationServices.Build(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = pooling ? connectionString : connectionString + ";Pooling=False",
                ["Database:SeedDemoData"] = seedDemoData.ToString(),
            }
            .Concat(settings ?? new Dictionary<string, string?>())
            .GroupBy(setting => setting.Key)
            .ToDictionary(group => group.Key, group => group.Last().Value),
            Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2021, 1, 12, 3, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    /// <summary>The database file: for a second process or scheduler over the same database, or for tests that take it away under a running page.</summary>
    public string FilePath { get; }

    /// <summary>
    /// A second portal instance over this database file (its own services, settings and clock at this one's time), as
    /// a second server process would be; disposing it leaves the file to this one.
    /// </summary>
    public SqliteTestDatabase SecondInstance()
    {
        var second = new SqliteTestDatabase(seedDemoData: false, _settings, existingFile: FilePath);
        second.Clock.SetUtcNow(Clock.GetUtcNow());
        return second;
    }

    public IDbContextFactory<PortalDbContext> DbFactory => _services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    /// <summary>
    /// A database of the test's own, copied from the process's golden one (<see cref="GoldenDatabase"/>); the start-up
    /// initialiser still runs on it, as on every start, and finds it migrated (and seeded).
    /// </summary>
    /// <param name="settings">More configuration (the SMTP server of a notification test, say).</param>
    public static async Task<SqliteTestDatabase> CreateAsync(bool seedDemoData = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = new SqliteTestDatabase(seedDemoData, settings);
        await GoldenDatabase.CopyToAsync(seedDemoData, database.FilePath);
        await database._services.InitialiseDatabaseAsync();
        return database;
    }

    /// <summary>Migrates (and seeds) a new file from nothing, as the portal's first start does; unpooled, so nothing holds it open afterwards.</summary>
    internal static async Task BuildAsync(bool seedDemoData, string target)
    {
        await using var database = new SqliteTestDatabase(seedDemoData, pooling: false);
        await database._services.InitialiseDatabaseAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        File.Copy(database.FilePath, target, overwrite: true);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public PortalDbContext NewContext() => DbFactory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _file?.Dispose();
    }
}
