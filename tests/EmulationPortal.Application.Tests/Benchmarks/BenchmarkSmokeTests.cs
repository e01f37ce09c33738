using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Benchmarks;
using EmulationPortal.Benchmarks.Dashboards;
using EmulationPortal.Benchmarks.Generation;
using EmulationPortal.Benchmarks.Pledges;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Tests.Benchmarks;

/// <summary>
/// The benchmarks project on a tiny generated database: the data keeps the store's rules, the hand-written SQL the
/// dashboard benchmark compares against computes exactly the portal's figures, and every benchmark method runs
/// (called directly, without BenchmarkDotNet's processes). Nothing here times anything.
/// </summary>
public class BenchmarkSmokeTests(TinyGeneratedDatabase database) : IClassFixture<TinyGeneratedDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_generator_writes_every_kind_of_row_and_breaks_no_foreign_key()
    {
        Assert.Equal(Scale.Tiny.Units, database.Counts["OrgUnits"]);
        Assert.Equal(Scale.Tiny.Staff, database.Counts["Users"]);
        Assert.All(database.Counts.Values, count => Assert.True(count > 0));

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        using var violations = check.ExecuteReader();
        Assert.False(violations.Read());
    }

    [Fact]
    public async Task The_hand_written_sql_computes_the_same_dashboard_figures_as_the_portal()
    {
        await using var services = PortalServices.Build(DatabaseProvider.Sqlite, database.ConnectionString);
        var today = services.GetRequiredService<TimeProvider>().Today();
        var portal = (await services.GetRequiredService<CampaignDashboardQuery>().ForAsync(new TestUser("admin", 1, Roles.Admin), 1, Ct)).Value!;

        var hand = HandDashboardSql.Read(database.ConnectionString, 1, today);

        Assert.Equal(Scale.Tiny.Units, portal.Units.Count);
        Assert.NotNull(portal.OverallCompletion);
        Assert.NotEmpty(portal.History.Dates);
        Assert.Equal(DashboardLines.Of(portal), DashboardLines.Of(hand));
    }

    [Fact]
    public async Task Every_benchmark_method_runs()
    {
        var dashboard = new DashboardBenchmarks { DatabaseFile = database.File };
        await dashboard.SetupAsync();
        Assert.NotNull(dashboard.HandSql());
        Assert.NotNull(await dashboard.Portal());
        await dashboard.CleanupAsync();

        var submission = new PledgeSubmissionBenchmarks { DatabaseFile = database.File, Submissions = 3 };
        await submission.SetupAsync();
        submission.RemoveTeamPledges();
        submission.RawInsert();
        submission.RemoveTeamPledges();
        await submission.UseCase();
        await submission.CleanupAsync();
    }
}
