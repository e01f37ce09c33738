using System.Text.Json;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Application.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// Many open dashboards on one drive share one read of its figures per change (<see cref="DashboardFactsCache"/>):
/// the cache's store-read counter, not the clock, is what is asserted. What each viewer gets is still its own cut and
/// equal, figure by figure, to a fresh uncached read.
/// </summary>
public class DashboardFactsCacheTests : IAsyncLifetime
{
    private const int OpenDashboards = 50;
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private TestUser Officer => new(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer);

    private TestUser Leader => new(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader);

    private DashboardFactsCache Cache => _database.Get<DashboardFactsCache>();

    /// <summary>Fifty viewers at once, each through its own use case instance, as fifty circuits would.</summary>
    private async Task<CampaignDashboard[]> OpenAsync(TestUser user) =>
        await Task.WhenAll(Enumerable.Range(0, OpenDashboards).Select(async _ =>
        {
            await using var scope = _database.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<CampaignDashboardQuery>().ForAsync(user, _scenario.CampaignId, Ct);
            return outcome.Value!;
        }));

    [Fact]
    public async Task Fifty_open_dashboards_cost_one_store_read_per_change()
    {
        await OpenAsync(Officer);
        Assert.Equal(1, Cache.Loads);

        await OpenAsync(Officer);
        await OpenAsync(Leader);
        Assert.Equal(1, Cache.Loads); // nothing changed: no read at all

        await AddReportAsync();
        var afterChange = await OpenAsync(Officer);
        Assert.Equal(2, Cache.Loads);
        Assert.All(afterChange, d => Assert.Equal(Json(afterChange[0]), Json(d)));
    }

    [Fact]
    public async Task Each_viewer_gets_its_own_units_equal_to_a_fresh_read_after_a_change()
    {
        await OpenAsync(Officer);
        await AddReportAsync();

        foreach (var user in new[] { Officer, Leader })
        {
            var cached = (await OpenAsync(user))[0];
            await using var db = _database.NewContext();
            var fresh = await CampaignDashboardReader.ReadAsync(db, user, _scenario.CampaignId, await db.VisibleUnitsAsync(user, Ct), DashboardScenario.Today, Ct);
            Assert.Equal(Json(fresh!), Json(cached));
        }

        Assert.NotEqual((await OpenAsync(Officer))[0].Units.Count, (await OpenAsync(Leader))[0].Units.Count);
    }

    private static string Json(CampaignDashboard dashboard) => JsonSerializer.Serialize(dashboard);

    private async Task AddReportAsync()
    {
        await using var other = _database.NewContext();
        var campaign = await other.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
        var target = await other.UnitTargets.SingleAsync(t => t.OrgUnitId == _scenario.Units["W1"].Id && t.CriterionId == _scenario.OutputId, Ct);
        other.ProgressReports.Add(ProgressReport.OnUnitTarget(campaign, campaign.Criteria.Single(c => c.Id == target.CriterionId), target.Id, 77, DashboardScenario.Today, DashboardScenario.Today, null, _scenario.Users["po"].Id, new DateTime(2021, 1, 12, 6, 0, 0, DateTimeKind.Utc)));
        await other.SaveChangesAsync(Ct);
    }
}
