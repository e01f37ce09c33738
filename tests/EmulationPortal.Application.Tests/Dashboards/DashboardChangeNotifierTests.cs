using System.Collections.Concurrent;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// One notifier per process reads every open dashboard's drive stamp in one query per tick and pushes only to the
/// dashboards of a drive that changed: 50 open dashboards cost one read per tick, and a change is pushed once to each.
/// </summary>
public class DashboardChangeNotifierTests : IAsyncLifetime
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

    private DashboardChangeNotifier Notifier => _database.Get<DashboardChangeNotifier>();

    [Fact]
    public async Task Fifty_open_dashboards_cost_one_read_per_tick_and_each_is_pushed_a_change_once()
    {
        var seen = await _database.Get<DashboardChangeStamp>().ForAsync(new TestUser(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer), _scenario.CampaignId, Ct);
        var pushes = new ConcurrentBag<(int Dashboard, DashboardChangeNotifier.Signal Signal)>();
        var subscriptions = Enumerable.Range(0, OpenDashboards)
            .Select(i => Notifier.Subscribe(_scenario.CampaignId, seen, signal => Record(pushes, i, signal)))
            .ToList();

        await Notifier.TickAsync(Ct);
        Assert.Equal(1, Notifier.Reads);
        Assert.Empty(pushes); // nothing changed

        await AddReportAsync();
        subscriptions[0].Dispose(); // a closed dashboard is told nothing
        await Notifier.TickAsync(Ct);
        Assert.Equal(2, Notifier.Reads);
        await WaitForAsync(() => pushes.Count == OpenDashboards - 1);
        Assert.Equal(Enumerable.Range(1, OpenDashboards - 1), pushes.Select(p => p.Dashboard).Order());
        Assert.All(pushes, p => Assert.Equal(new DashboardChangeNotifier.Signal(Changed: true, Live: true), p.Signal));

        await Notifier.TickAsync(Ct);
        Assert.Equal(3, Notifier.Reads);
        Assert.Equal(OpenDashboards - 1, pushes.Count); // the change is pushed once
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task A_change_saved_before_the_first_tick_is_pushed_and_no_dashboard_means_no_read()
    {
        await Notifier.TickAsync(Ct);
        Assert.Equal(0, Notifier.Reads);

        var seen = await _database.Get<DashboardChangeStamp>().ForAsync(new TestUser(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer), _scenario.CampaignId, Ct);
        var pushes = new ConcurrentBag<(int Dashboard, DashboardChangeNotifier.Signal Signal)>();
        using var subscription = Notifier.Subscribe(_scenario.CampaignId, seen, signal => Record(pushes, 0, signal));
        await AddReportAsync();
        await Notifier.TickAsync(Ct);

        await WaitForAsync(() => pushes.Count == 1);
        Assert.True(pushes.Single().Signal.Changed);
    }

    private static Task Record(ConcurrentBag<(int, DashboardChangeNotifier.Signal)> pushes, int dashboard, DashboardChangeNotifier.Signal signal)
    {
        pushes.Add((dashboard, signal));
        return Task.CompletedTask;
    }

    /// <summary>Pushes run on their own (one slow circuit must not hold up the rest): wait for them, not for the clock.</summary>
    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(25, Ct);
        }

        Assert.True(done());
    }

    private async Task AddReportAsync()
    {
        await using var other = _database.NewContext();
        var campaign = await other.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
        var target = await other.UnitTargets.SingleAsync(t => t.OrgUnitId == _scenario.Units["W1"].Id && t.CriterionId == _scenario.OutputId, Ct);
        other.ProgressReports.Add(ProgressReport.OnUnitTarget(campaign, campaign.Criteria.Single(c => c.Id == target.CriterionId), target.Id, 77, DashboardScenario.Today, DashboardScenario.Today, null, _scenario.Users["po"].Id, new DateTime(2021, 1, 12, 6, 0, 0, DateTimeKind.Utc)));
        await other.SaveChangesAsync(Ct);
    }
}
