using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>The dashboard drilled down to one unit (issue 19): its subtree only, a breadcrumb within what the viewer sees, never outside it.</summary>
public class DashboardDrillDownTests : IAsyncLifetime
{
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

    private TestUser W1Leader => new(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader);

    private Task<Outcome<CampaignDashboard>> DrillAsync(TestUser user, int? unitId) =>
        _database.Get<CampaignDashboardQuery>().ForAsync(user, _scenario.CampaignId, unitId, Ct);

    [Fact]
    public async Task A_drilled_dashboard_shows_the_unit_s_subtree_with_its_figures_and_the_path_above_it()
    {
        var outcome = await DrillAsync(Officer, _scenario.Units["W1"].Id);

        Assert.Equal(OutcomeStatus.Ok, outcome.Status);
        var dashboard = outcome.Value!;
        Assert.Equal(["W1", "W1-T1", "W1-T2"], dashboard.Units.Select(u => u.Code));
        Assert.Equal(0, dashboard.Units[0].Depth);
        Assert.Equal(5, dashboard.Staff); // W1's subtree only: T1 (2) + T2 (3)
        Assert.Equal(2, dashboard.Participants);
        Assert.Equal("W1", dashboard.Focus!.Code);
        Assert.Equal(["F"], dashboard.Focus.Path.Select(p => p.Code));
    }

    [Fact]
    public async Task The_whole_dashboard_has_no_focus_and_a_drilled_one_does_not_change_it()
    {
        await DrillAsync(Officer, _scenario.Units["W1"].Id);

        var whole = await DrillAsync(Officer, null);

        Assert.Null(whole.Value!.Focus);
        Assert.Equal(["F", "W1", "W1-T1", "W1-T2", "W2", "W3"], whole.Value.Units.Select(u => u.Code));
    }

    [Fact]
    public async Task A_leader_drills_inside_their_subtree_and_the_breadcrumb_stops_at_their_own_unit()
    {
        var outcome = await DrillAsync(W1Leader, _scenario.Units["W1-T2"].Id);

        Assert.Equal(OutcomeStatus.Ok, outcome.Status);
        Assert.Equal(["W1-T2"], outcome.Value!.Units.Select(u => u.Code));
        Assert.Equal(["W1"], outcome.Value.Focus!.Path.Select(p => p.Code)); // F is above the leader: not shown
    }

    [Theory]
    [InlineData("W2")]
    [InlineData("F")]
    public async Task A_leader_may_not_drill_outside_their_subtree(string unit)
    {
        var outcome = await DrillAsync(W1Leader, _scenario.Units[unit].Id);

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public async Task An_unknown_unit_is_not_found()
    {
        var outcome = await DrillAsync(Officer, 999_999);

        Assert.Equal(OutcomeStatus.NotFound, outcome.Status);
    }

    [Fact]
    public async Task Staff_are_refused_before_any_unit_is_looked_at()
    {
        var staff = new TestUser(_scenario.Users["u2"].Id, _scenario.Units["W1-T1"].Id, Roles.Staff);

        var outcome = await DrillAsync(staff, _scenario.Units["W1-T1"].Id);

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
    }

    [Theory]
    [InlineData("phan xuong 1", new[] { "W1" })]
    [InlineData("PHÂN XƯỞNG", new[] { "W1", "W2", "W3" })]
    [InlineData("to", new[] { "W1-T1", "W1-T2" })]
    [InlineData("w1-t", new[] { "W1-T1", "W1-T2" })]
    [InlineData("nha may", new[] { "F" })]
    public async Task The_units_filter_ignores_case_and_diacritics_on_names_and_codes(string search, string[] expected)
    {
        var dashboard = (await DrillAsync(Officer, null)).Value!;

        var found = UnitFilter.Apply(dashboard.Units, search, behindOnly: false).Select(u => u.Code);

        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Behind_only_keeps_the_units_behind_and_combines_with_the_search()
    {
        var dashboard = (await DrillAsync(Officer, null)).Value!;

        var behind = UnitFilter.Apply(dashboard.Units, null, behindOnly: true).ToList();

        Assert.NotEmpty(behind);
        Assert.All(behind, u => Assert.True(u.IsBehind));
        Assert.True(UnitFilter.IsActive(null, behindOnly: true));
        Assert.False(UnitFilter.IsActive("  ", behindOnly: false));
        Assert.Equal(behind.Where(u => u.Code.StartsWith("W1", StringComparison.Ordinal)).Select(u => u.Code),
            UnitFilter.Apply(dashboard.Units, "w1", behindOnly: true).Select(u => u.Code));
    }
}
