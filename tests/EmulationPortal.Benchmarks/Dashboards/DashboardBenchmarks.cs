using BenchmarkDotNet.Attributes;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Benchmarks.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks.Dashboards;

/// <summary>The campaign dashboard as an admin sees it (every unit): the portal's read model against hand-written SQL.</summary>
[Config(typeof(InProcessShortJob))]
public class DashboardBenchmarks
{
    private static readonly BenchUser Admin = new("bench-admin", 1, Roles.Admin);
    private ServiceProvider _services = default!;
    private CampaignDashboardQuery _query = default!;
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
        _today = _services.GetRequiredService<TimeProvider>().Today();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Campaigns";
        _campaignId = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _services.DisposeAsync();

    [Benchmark(Baseline = true)]
    public object HandSql() => HandDashboardSql.Read(_connectionString, _campaignId, _today);

    [Benchmark]
    public async Task<object> Portal() => (await _query.ForAsync(Admin, _campaignId)).Value ?? throw new InvalidOperationException("No dashboard.");
}
