using System.Diagnostics;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// Reports (never asserts) how long the campaign dashboard's read model takes on the demo data. Run with
/// <c>dotnet test tests/EmulationPortal.Application.Tests --filter DashboardTiming -- xUnit.DiagnosticMessages=true</c>.
/// Scale benchmarks against hand-written SQL belong to tests/EmulationPortal.Benchmarks.
/// </summary>
public class DashboardTimingTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_demo_dashboard_is_built_from_the_whole_demo_and_its_time_reported()
    {
        await using var db = _database.NewContext();
        var officer = await db.Users.SingleAsync(u => u.Email == "chinhtri@z121.demo", Ct);
        var user = new TestUser(officer.Id, officer.OrgUnitId, Roles.PoliticalOfficer);
        var query = _database.Get<CampaignDashboardQuery>();
        var staff = await Z121StaffAsync(db);

        var times = new List<double>();
        CampaignDashboard? dashboard = null;
        for (var run = 0; run < 21; run++)
        {
            var clock = Stopwatch.StartNew();
            dashboard = (await query.ForAsync(user, 1, Ct)).Value;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Assert.NotNull(dashboard);
        Assert.InRange(dashboard.Staff, staff - 20, staff); // every participating unit's people counted
        times.Sort();
        TestContext.Current.SendDiagnosticMessage($"Campaign dashboard on the demo ({dashboard.Staff} staff, {dashboard.Units.Count} units): median {times[10]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms over 21 runs");
    }

    /// <summary>The people of Z121's tree, the drive's units; the cluster's peer factories under the general department are outside it.</summary>
    private static async Task<int> Z121StaffAsync(Data.PortalDbContext db)
    {
        var units = await db.OrgUnits.Select(u => new { u.Id, u.ParentId, u.Code, u.Headcount }).ToListAsync(Ct);
        var inTree = units.Where(u => u.Code == "Z121").Select(u => u.Id).ToHashSet();
        for (var added = true; added;)
        {
            added = units.Where(u => u.ParentId is { } p && inTree.Contains(p)).Select(u => inTree.Add(u.Id)).ToList().Contains(true);
        }

        return units.Where(u => inTree.Contains(u.Id)).Sum(u => u.Headcount);
    }
}
