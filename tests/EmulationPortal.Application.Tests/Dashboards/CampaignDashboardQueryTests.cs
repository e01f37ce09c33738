using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>Every figure of the campaign dashboard against <see cref="DashboardScenario"/>, worked out by hand.</summary>
public class CampaignDashboardQueryTests : IAsyncLifetime
{
    private const double Precision = 1e-9;
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

    private async Task<CampaignDashboard> DashboardFor(TestUser user)
    {
        var outcome = await _database.Get<CampaignDashboardQuery>().ForAsync(user, _scenario.CampaignId, Ct);
        Assert.Equal(OutcomeStatus.Ok, outcome.Status);
        return outcome.Value!;
    }

    private UnitFigure Row(CampaignDashboard dashboard, string code) => dashboard.Units.Single(u => u.Code == code);

    [Fact]
    public async Task Headline_counts_staff_and_pledges_of_active_units_by_the_unit_people_belong_to_now()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal(6, dashboard.DaysRemaining);     // 12/1..17/1
        Assert.Equal(0.5, dashboard.ElapsedShare, Precision);
        Assert.Equal(9, dashboard.Staff);             // po + 2 + 3 + 3; OLD's u7 is out
        Assert.Equal(4, dashboard.Participants);      // u1, u3, u5, u8
        Assert.Equal(4.0 / 9, dashboard.Participation!.Value, Precision);
        Assert.Equal(1, dashboard.IndividualPledges[PledgeStatus.Draft]);
        Assert.Equal(2, dashboard.IndividualPledges[PledgeStatus.Submitted]);
        Assert.Equal(2, dashboard.IndividualPledges[PledgeStatus.Accepted]);
        Assert.Equal(1, dashboard.IndividualPledges[PledgeStatus.Returned]);
        Assert.Equal(0, dashboard.IndividualPledges[PledgeStatus.Withdrawn]);
        Assert.Equal(1, dashboard.CollectivePledges); // W1 submitted; W2's draft does not count
    }

    [Fact]
    public async Task Units_form_a_tree_without_inactive_units_and_participation_covers_each_subtree()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal(["F", "W1", "W1-T1", "W1-T2", "W2", "W3"], dashboard.Units.Select(u => u.Code));
        Assert.Equal([0, 1, 2, 2, 1, 1], dashboard.Units.Select(u => u.Depth));
        Assert.Equal((9, 4), (Row(dashboard, "F").Staff, Row(dashboard, "F").Participants));
        Assert.Equal((5, 2), (Row(dashboard, "W1").Staff, Row(dashboard, "W1").Participants));
        Assert.Equal((2, 1), (Row(dashboard, "W1-T1").Staff, Row(dashboard, "W1-T1").Participants)); // u8 moved away
        Assert.Equal((3, 1), (Row(dashboard, "W1-T2").Staff, Row(dashboard, "W1-T2").Participants));
        Assert.Equal((3, 2), (Row(dashboard, "W2").Staff, Row(dashboard, "W2").Participants));      // u8 counts here now
        Assert.Null(Row(dashboard, "W3").Participation);
    }

    [Fact]
    public async Task Heat_map_cells_use_the_latest_report_respect_direction_and_leave_missing_reports_empty()
    {
        var dashboard = await DashboardFor(Officer);
        TargetCell Cell(string unit, int criterion) => Row(dashboard, unit).Cells.Single(c => c.CriterionId == criterion);
        var output = _scenario.OutputId;
        var incidents = _scenario.IncidentsId;

        Assert.Equal(new TargetCell(output, 100, 50, 0.5), Cell("W1", output));      // 11/1 correction, not the back-filled 10/1
        Assert.Equal(new TargetCell(incidents, 0, 0, 1), Cell("W1", incidents));     // 0 incidents against 0: met
        Assert.Equal(new TargetCell(output, 200, 300, 1.5), Cell("W2", output));
        Assert.Equal(new TargetCell(incidents, 1, 4, 0.25), Cell("W2", incidents));
        Assert.Equal(new TargetCell(output, 50, 10, 0.2), Cell("W1-T1", output));
        Assert.Equal(new TargetCell(incidents, 0, null, null), Cell("W1-T1", incidents)); // not reported, not 0% or 100%
        Assert.Equal(new TargetCell(output, null, null, null), Cell("W3", output));        // no target at all
    }

    [Fact]
    public async Task Completion_rolls_up_with_criterion_weights_over_every_target_an_unreported_one_counting_zero()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal(new OverallCompletion((2 * 0.5 + 1 * 1) / 3, 2, 2), Row(dashboard, "W1").Completion, CompletionComparer);
        Assert.Equal(new OverallCompletion((2 * 1 + 1 * 0.25) / 3, 2, 2), Row(dashboard, "W2").Completion, CompletionComparer); // 150% capped
        Assert.Equal(new OverallCompletion(2 * 0.2 / 3, 1, 2), Row(dashboard, "W1-T1").Completion, CompletionComparer);        // was 20%: the unreported target left out
        Assert.Equal(new OverallCompletion(0, 0, 2), Row(dashboard, "W1-T2").Completion);
        Assert.Equal(new OverallCompletion(0, 0, 2), Row(dashboard, "F").Completion);
        Assert.Null(Row(dashboard, "W3").Completion); // no target at all

        var output = dashboard.Criteria.Single(c => c.CriterionId == _scenario.OutputId);
        var incidents = dashboard.Criteria.Single(c => c.CriterionId == _scenario.IncidentsId);
        Assert.Equal((2.0, new OverallCompletion((0.5 + 1 + 0.2) / 5, 3, 5)), (output.Weight, output.Completion), TupleComparer);
        Assert.Equal((1.0, new OverallCompletion((1 + 0.25) / 5, 2, 5)), (incidents.Weight, incidents.Completion), TupleComparer);
        Assert.Equal(new OverallCompletion(((2 * 0.34) + 0.25) / 3, 5, 10), dashboard.OverallCompletion, CompletionComparer);
    }

    [Fact]
    public async Task A_unit_is_behind_below_half_participation_or_below_the_elapsed_share_and_one_without_targets_or_staff_is_not()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal(["F", "W1", "W1-T1", "W1-T2"], dashboard.Units.Where(u => u.IsBehind).Select(u => u.Code));
        Assert.Equal(4, dashboard.UnitsBehind);
    }

    [Fact]
    public async Task Progress_history_uses_for_each_day_the_latest_report_up_to_that_day()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal([new DateOnly(2021, 1, 9), new(2021, 1, 10), new(2021, 1, 11)], dashboard.History.Dates);
        var output = dashboard.History.Series.Single(s => s.CriterionId == _scenario.OutputId).Completions;
        var incidents = dashboard.History.Series.Single(s => s.CriterionId == _scenario.IncidentsId).Completions;
        Assert.Equal([0.4 / 5, 0.6 / 5, 1.7 / 5], output.Select(v => v!.Value), DoubleComparer); // 5 targets, unreported ones at 0
        Assert.Equal([0, 1.0 / 5, 1.25 / 5], incidents.Select(v => v!.Value), DoubleComparer);
    }

    [Fact]
    public async Task Launch_compliance_judges_the_owner_s_sub_units_by_the_local_day()
    {
        var dashboard = await DashboardFor(Officer);

        Assert.Equal(
            [("W1", LaunchState.OnTime, (DateOnly?)new DateOnly(2021, 1, 9)), ("W2", LaunchState.Late, new DateOnly(2021, 1, 11)), ("W3", LaunchState.Missed, null)],
            dashboard.Launches.Select(l => (l.Code, l.State, l.LaunchedOn)));
    }

    [Fact]
    public async Task Before_the_launch_deadline_a_unit_that_has_not_launched_is_pending_not_missed()
    {
        await using (var db = _database.NewContext())
        {
            await db.Campaigns.Where(c => c.Id == _scenario.CampaignId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LaunchDeadline, new DateOnly(2021, 1, 13)), Ct); // today is 12/1
        }

        var dashboard = await DashboardFor(Officer);

        Assert.Equal(LaunchState.Pending, dashboard.Launches.Single(l => l.Code == "W3").State);
    }

    [Fact]
    public async Task A_unit_leader_sees_only_their_own_subtree()
    {
        var leader = new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader);

        var dashboard = await DashboardFor(leader);

        Assert.Equal(["W1", "W1-T1", "W1-T2"], dashboard.Units.Select(u => u.Code));
        Assert.Equal((5, 2, 1), (dashboard.Staff, dashboard.Participants, dashboard.CollectivePledges));
        Assert.Equal(["W1"], dashboard.Launches.Select(l => l.Code));
        Assert.DoesNotContain(dashboard.Units, u => u.Code == "W2");
    }

    [Fact]
    public async Task Staff_are_refused_and_an_unknown_drive_is_not_found()
    {
        var staff = new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1-T1"].Id, Roles.Staff);

        var refused = await _database.Get<CampaignDashboardQuery>().ForAsync(staff, _scenario.CampaignId, Ct);
        var missing = await _database.Get<CampaignDashboardQuery>().ForAsync(Officer, 999, Ct);
        var overview = await _database.Get<DashboardOverviewQuery>().ForAsync(staff, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, refused.Status);
        Assert.Equal(OutcomeStatus.NotFound, missing.Status);
        Assert.Equal(OutcomeStatus.Forbidden, overview.Status);
    }

    [Fact]
    public async Task The_overview_carries_the_same_figures_as_the_drive_s_dashboard()
    {
        var overview = await _database.Get<DashboardOverviewQuery>().ForAsync(Officer, Ct);
        var dashboard = await DashboardFor(Officer);

        var drive = Assert.Single(overview.Value!);
        Assert.Equal((dashboard.Participants, dashboard.Staff, dashboard.UnitsBehind, dashboard.OverallCompletion), (drive.Participants, drive.Staff, drive.UnitsBehind, drive.OverallCompletion));
    }

    private static readonly IEqualityComparer<double> DoubleComparer = EqualityComparer<double>.Create((x, y) => Math.Abs(x - y) < Precision);

    private static readonly IEqualityComparer<OverallCompletion?> CompletionComparer = EqualityComparer<OverallCompletion?>.Create((x, y) =>
        x is not null && y is not null && DoubleComparer.Equals(x.Value, y.Value) && (x.Reported, x.Items) == (y.Reported, y.Items));

    private static readonly IEqualityComparer<(double, OverallCompletion?)> TupleComparer = EqualityComparer<(double, OverallCompletion?)>.Create((x, y) =>
        x.Item1.Equals(y.Item1) && CompletionComparer.Equals(x.Item2, y.Item2));
}
