using BenchmarkDotNet.Attributes;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Benchmarks.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks.Pledges;

/// <summary>
/// <see cref="Submissions"/> people submit a pledge on every criterion, one after another, into a copy of the generated
/// database: through the real SavePledge use case (validation, access, domain rules, audit, one transaction) against
/// raw INSERTs of the same rows. Each iteration starts from a team without pledges.
/// </summary>
[Config(typeof(InProcessSingleInvocationJob))]
public class PledgeSubmissionBenchmarks
{
    private ServiceProvider _services = default!;
    private SavePledge _savePledge = default!;
    private TimeProvider _clock = default!;
    private string _scratch = string.Empty;
    private string _connectionString = string.Empty;
    private int _campaignId;
    private BenchTeam _team = default!;
    private List<PledgeDraft> _drafts = [];

    /// <summary>The generated database to copy; the smoke test points it at a tiny file.</summary>
    public string DatabaseFile { get; set; } = BenchDatabase.DefaultFile;

    /// <summary>Pledges submitted per invocation; the smoke test needs only a few.</summary>
    public int Submissions { get; set; } = 200;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchDatabase.EnsureAsync(DatabaseFile, Scale.Ministry);
        _scratch = BenchDatabase.CopyOf(DatabaseFile);
        _connectionString = PortalServices.SqliteConnection(_scratch);
        _services = PortalServices.Build(DatabaseProvider.Sqlite, _connectionString);
        _savePledge = _services.GetRequiredService<SavePledge>();
        _clock = _services.GetRequiredService<TimeProvider>();
        var dbFactory = _services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            _campaignId = await db.Campaigns.Select(c => c.Id).SingleAsync();
        }

        _team = await BenchTeam.AddAsync(dbFactory, _campaignId, "Z101", "BENCH", Submissions);
        _drafts = _team.People.Select((_, i) => _team.Submission(_campaignId, $"Chương trình hành động số {i}")).ToList();
    }

    /// <summary>Removes the team's pledges so the next iteration submits new ones again.</summary>
    [IterationSetup]
    public void RemoveTeamPledges()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = """
            DELETE FROM PledgeItems WHERE PledgeId IN (SELECT Id FROM Pledges WHERE OrgUnitId = $unit);
            DELETE FROM Pledges WHERE OrgUnitId = $unit;
            """;
        delete.Parameters.AddWithValue("$unit", _team.OrgUnitId);
        delete.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        BenchDatabase.Delete(_scratch);
    }

    [Benchmark(Baseline = true)]
    public void RawInsert()
    {
        using var raw = new RawPledgeInsert(_connectionString);
        for (var i = 0; i < _team.People.Count; i++)
        {
            raw.Submit(_team.People[i], _drafts[i], _clock.GetUtcNow().UtcDateTime);
        }
    }

    [Benchmark]
    public async Task UseCase()
    {
        for (var i = 0; i < _team.People.Count; i++)
        {
            var outcome = await _savePledge.ExecuteAsync(_team.People[i], _drafts[i]);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Submission {i} failed: {outcome.Status} {outcome.RuleCode}");
            }
        }
    }
}
