using System.Collections.Concurrent;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EmulationPortal.TestSupport;

/// <summary>
/// The application layer on a database of the test's own on the process's <see cref="PostgresServer"/>, wired the way
/// the portal wires <c>Database:Provider=Postgres</c>. Each database is cloned from a template migrated (and seeded)
/// once per process, as the SQLite tests copy their golden file.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    private static readonly ConcurrentDictionary<bool, Lazy<Task<string>>> Templates = new();
    private readonly ServiceProvider _services;

    private PostgresTestDatabase(string name, bool seedDemoData)
    {
        Name = name;
        _services = TestApplicationServices.Build(
            new()
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Postgres),
                ["ConnectionStrings:Postgres"] = PostgresServer.ConnectionString(name),
                ["Database:SeedDemoData"] = seedDemoData.ToString(),
            },
            Clock);
    }

    public string Name { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2021, 1, 12, 3, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    public IDbContextFactory<PortalDbContext> DbFactory => _services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    /// <summary>A database cloned from the template; the start-up initialiser still runs on it and finds it migrated (and seeded).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(bool seedDemoData = false)
    {
        var template = await Templates.GetOrAdd(seedDemoData, seed => new Lazy<Task<string>>(() => BuildTemplateAsync(seed))).Value;
        var name = NewName();
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var database = new PostgresTestDatabase(name, seedDemoData);
        await database._services.InitialiseDatabaseAsync();
        return database;
    }

    /// <summary>An empty database, for a test of the migrations themselves.</summary>
    public static async Task<PostgresTestDatabase> CreateEmptyAsync(bool seedDemoData = false)
    {
        var name = NewName();
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new PostgresTestDatabase(name, seedDemoData);
    }

    public Task InitialiseAsync() => _services.InitialiseDatabaseAsync();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public PortalDbContext NewContext() => DbFactory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task<string> BuildTemplateAsync(bool seedDemoData)
    {
        var database = await CreateEmptyAsync(seedDemoData); // kept, not dropped: the template of every test database
        await database.InitialiseAsync();
        await database._services.DisposeAsync();
        NpgsqlConnection.ClearAllPools(); // a template is cloned only when nobody is connected to it
        return database.Name;
    }

    private static string NewName() => $"portal_{Guid.NewGuid():N}";

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
