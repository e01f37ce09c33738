using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// The dashboard's roll-up on rows written here, without a database: a factory F with workshops W2 and W1 (listed
/// out of order) and W1's team T; a unit the user may not see (HIDDEN, id 9) has rows that must not count.
/// Output (weight 2, higher is better) and incidents (weight 1, lower is better). Today is day 5 of a 10-day drive.
/// </summary>
public class DashboardRollUpTests
{
    private const int F = 1, W1 = 2, W2 = 3, T = 4, Hidden = 9, Output = 10, Incidents = 11;
    private static readonly DateOnly Start = new(2021, 1, 1);
    private static readonly DateOnly Today = new(2021, 1, 5);

    private static DashboardFacts Facts(IReadOnlyList<TargetPoint>? points = null) => new(
        new DriveRow(7, "Đợt thi đua", F, Start, Start.AddDays(9), Start.AddDays(2), Start.AddDays(3)),
        [new CriterionRow(Output, "Sản lượng", "chiếc", Direction.HigherIsBetter, 2), new CriterionRow(Incidents, "Sự cố", null, Direction.LowerIsBetter, 1)],
        new Dictionary<int, UnitRow>
        {
            [W2] = new(W2, "W2", "Phân xưởng 2", OrgUnitKind.Workshop, F, null),
            [T] = new(T, "W1-T", "Tổ 1", OrgUnitKind.Team, W1, null),
            [F] = new(F, "F", "Nhà máy", OrgUnitKind.Factory, null, null),
            [W1] = new(W1, "W1", "Phân xưởng 1", OrgUnitKind.Workshop, F, new DateTime(2021, 1, 3, 20, 0, 0, DateTimeKind.Utc)), // 4/1 in the factory
        },
        UnitHeadcounts.From([new(F, null, 1, true), new(W1, F, 2, true), new(T, W1, 3, true), new(W2, F, 4, true), new(Hidden, null, 50, true)]),
        [new(T, PledgeStatus.Accepted, 2), new(T, PledgeStatus.Draft, 1), new(W1, PledgeStatus.Submitted, 1), new(W2, PledgeStatus.Returned, 4), new(Hidden, PledgeStatus.Accepted, 40)],
        [W1, Hidden],
        [new(100, W1, Output, 100), new(101, W1, Incidents, 0), new(102, W2, Output, 200), new(103, W2, Incidents, 1), new(104, T, Output, 10), new(109, Hidden, Output, 1)],
        points ?? [new(100, Start.AddDays(1), 20), new(100, Start.AddDays(3), 60), new(101, Start.AddDays(3), 0), new(102, Start.AddDays(3), 300), new(103, Start.AddDays(3), 4), new(109, Start, 1)]);

    private static UnitFigure Unit(CampaignDashboard d, int id) => d.Units.Single(u => u.OrgUnitId == id);

    [Fact]
    public void Units_are_listed_depth_first_by_code_with_their_headcount_and_live_pledges_over_their_subtree()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);

        Assert.Equal([("F", 0), ("W1", 1), ("W1-T", 2), ("W2", 1)], dashboard.Units.Select(u => (u.Code, u.Depth)));
        Assert.Equal([(10, 3), (5, 3), (3, 2), (4, 0)], dashboard.Units.Select(u => (u.Staff, u.Participants)));
        Assert.Equal((10, 3, 1), (dashboard.Staff, dashboard.Participants, dashboard.CollectivePledges)); // HIDDEN's rows left out
        Assert.Equal(2, dashboard.IndividualPledges[PledgeStatus.Accepted]);
    }

    [Fact]
    public void Cells_take_the_latest_report_and_a_unit_counts_its_unreported_target_as_zero_with_the_share_beside_it()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);

        Assert.Equal(new TargetCell(Output, 100, 60, 0.6), Unit(dashboard, W1).Cells[0]);
        Assert.Equal(new TargetCell(Incidents, null, null, null), Unit(dashboard, T).Cells[1]);
        Assert.Equal(new OverallCompletion(((2 * 0.6) + 1) / 3, 2, 2), Unit(dashboard, W1).Completion);
        Assert.Equal(new OverallCompletion(((2 * 1) + 0.25) / 3, 2, 2), Unit(dashboard, W2).Completion); // 150% capped
        Assert.Equal(new OverallCompletion(0, 0, 1), Unit(dashboard, T).Completion);                       // its one target, not reported
        Assert.Null(Unit(dashboard, F).Completion);                                                       // no target at all
    }

    [Fact]
    public void A_criterion_is_the_mean_over_the_units_with_a_target_and_the_drive_weighs_the_criteria()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);

        var output = dashboard.Criteria[0].Completion!;
        var incidents = dashboard.Criteria[1].Completion!;
        Assert.Equal((0.6 + 1 + 0) / 3, output.Value, 9);
        Assert.Equal((2, 3), (output.Reported, output.Items));
        Assert.Equal(new OverallCompletion((1 + 0.25) / 2, 2, 2), incidents);
        Assert.Equal(((2 * output.Value) + incidents.Value) / 3, dashboard.OverallCompletion!.Value, 9);
        Assert.Equal((4, 5), (dashboard.OverallCompletion.Reported, dashboard.OverallCompletion.Items));
    }

    [Fact]
    public void A_unit_is_behind_below_half_participation_or_below_the_elapsed_share()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);

        Assert.Equal(0.5, dashboard.ElapsedShare);
        Assert.Equal(["F", "W1-T", "W2"], dashboard.Units.Where(u => u.IsBehind).Select(u => u.Code)); // 3/10; 0% < 50%; no participant
    }

    [Fact]
    public void The_series_follows_each_targets_latest_report_up_to_each_day_an_unreported_one_at_zero()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);

        Assert.Equal([Start.AddDays(1), Start.AddDays(3)], dashboard.History.Dates); // HIDDEN's report on day 1 is not a date
        Assert.Equal([0.2 / 3, 1.6 / 3], dashboard.History.Series[0].Completions.Select(c => c!.Value), new RoundedComparer());
        Assert.Equal([0, 1.25 / 2], dashboard.History.Series[1].Completions.Select(c => c!.Value), new RoundedComparer());
    }

    [Fact]
    public void Launches_judge_the_owners_sub_units_by_the_factory_day_and_none_without_a_deadline()
    {
        var dashboard = DashboardRollUp.Build(Facts(), Today);
        var noDeadline = DashboardRollUp.Build(Facts() with { Drive = Facts().Drive with { LaunchDeadline = null } }, Today);

        Assert.Equal([("W1", (DateOnly?)Start.AddDays(3), LaunchState.OnTime), ("W2", null, LaunchState.Missed)], dashboard.Launches.Select(l => (l.Code, l.LaunchedOn, l.State)));
        Assert.Empty(noDeadline.Launches);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
