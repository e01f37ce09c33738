using BenchmarkDotNet.Attributes;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Benchmarks.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>The campaign dashboard as an admin sees it (every unit): the portal's read model against hand-written SQL.</summary>
[Config(typeof(InProcessShortJob))]
public class DashboardBenchmarks
{
    private static readonly BenchUser Admin = new("bench-admin", 1, Roles.Admin);
    private ServiceProvider _services = default!;
    private CampaignDashboardQuery _query = default!;
    private IDbContextFactory<PortalDbContext> _dbFactory = default!;
    private TimeProvider _clock = default!;
    private string _connectionString = string.Empty;
    private int _campaignId;
    private DateOnly _today;

    /// <summary>The database to read; the smoke test points it at a tiny file.</summary>
    public string DatabaseFile { get; set; } = BenchDatabase.DefaultFile;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchDatabase.EnsureAsync(DatabaseFile, Scale.Ministry);
        _connectionString = PortalServices.SqliteConnection(DatabaseFile);
        _services = PortalServices.Build(DatabaseProvider.Sqlite, _connectionString);
        _query = _services.GetRequiredService<CampaignDashboardQuery>();
        _clock = _services.GetRequiredService<TimeProvider>();
        _today = _clock.Today();
        _dbFactory = _services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Campaigns";
        _campaignId = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        await ReadAsync(_query); // fills the shared cache PortalCached reads
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _services.DisposeAsync();

    [Benchmark(Baseline = true)]
    public object HandSql() => HandDashboardSql.Read(_connectionString, _campaignId, _today);

    /// <summary>The first viewer after a change: an empty shared cache, so the figures are read from the store.</summary>
    [Benchmark]
    public async Task<object> Portal() => await ReadAsync(new CampaignDashboardQuery(_dbFactory, _clock, new DashboardFactsCache()));

    /// <summary>Every further viewer until the next change: the change stamp, the access check and the viewer's roll-up over the shared facts.</summary>
    [Benchmark]
    public async Task<object> PortalCached() => await ReadAsync(_query);

    private async Task<object> ReadAsync(CampaignDashboardQuery query) =>
        (await query.ForAsync(Admin, _campaignId)).Value ?? throw new InvalidOperationException("No dashboard.");
}
