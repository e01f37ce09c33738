using EmulationPortal.Application.Common;
using EmulationPortal.Application.Targets;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class TargetGridTests : CampaignAdminFixture
{
    [Fact]
    public async Task The_grid_lists_participating_units_in_tree_order_with_subtree_headcounts()
    {
        var grid = await GridAsync(1);

        Assert.Equal("Z121", grid.Units[0].Code);
        Assert.Equal(["PX1", "PX1-T1", "PX1-T2"], grid.Units.SkipWhile(u => u.Code != "PX1").Take(3).Select(u => u.Code));
        Assert.Equal(3 + 38 + 36, grid.Units.Single(u => u.Code == "PX1").Headcount); // the workshop's own people and its two teams'
        Assert.Equal(grid.Units.Count * grid.Criteria.Count, grid.Cells.Count);
    }

    [Fact]
    public async Task A_stale_grid_saves_nothing_and_reports_a_conflict()
    {
        var admin = await AdminAsync();
        var first = await GridAsync(1);
        var second = await GridAsync(1);

        var saved = await Database.Get<SaveTargetGrid>().ExecuteAsync(admin, Fill(first, 100), Ct);
        var stale = await Database.Get<SaveTargetGrid>().ExecuteAsync(admin, Fill(second, 1), Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        await using var db = Database.NewContext();
        Assert.True(await db.UnitTargets.Where(t => t.CampaignId == 1).AllAsync(t => t.TargetValue == 100, Ct));
    }

    [Theory]
    [InlineData(Measure.Percentage, 101)]
    [InlineData(Measure.Number, -1)]
    public async Task A_value_outside_the_criterions_measure_is_reported_on_its_cell(Measure measure, double value)
    {
        var id = await CreateDraftAsync();
        var grid = await GridAsync(id);
        var criterion = grid.Criteria.Single(c => c.Measure == measure);
        var unit = grid.Units[0];
        var request = new SaveTargetGrid.Request(id, [.. Fill(grid, 10).Cells.Select(c => c.OrgUnitId == unit.Id && c.CriterionId == criterion.Id ? c with { Value = value } : c)]);

        var outcome = await Database.Get<SaveTargetGrid>().ExecuteAsync(await AdminAsync(), request, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((SaveTargetGrid.FieldOf(unit.Id, criterion.Id), $"target.value.{measure}"), (error.Field, error.Code));
        await using var db = Database.NewContext();
        Assert.False(await db.UnitTargets.AnyAsync(t => t.CampaignId == id, Ct));
    }

    [Fact]
    public async Task An_open_drives_targets_change_but_are_not_removed()
    {
        var id = await OpenDriveAsync();
        var grid = await GridAsync(id);
        var cleared = new SaveTargetGrid.Request(id, [.. Fill(grid, 10).Cells.Select((c, i) => i == 0 ? c with { Value = null } : c)]);

        var outcome = await Database.Get<SaveTargetGrid>().ExecuteAsync(await AdminAsync(), cleared, Ct);

        Assert.Equal("targets.clear.notDraft", outcome.RuleCode);
    }

    [Fact]
    public void A_parent_total_is_shared_by_headcount_in_whole_numbers_that_add_up()
    {
        Assert.Equal([34, 33, 33], TargetDistribution.Share(100, [30, 30, 30], Measure.Number));
        Assert.Equal([75, 25], TargetDistribution.Share(100, [30, 10], Measure.Number));
        Assert.Equal([1.25, 1.25], TargetDistribution.Share(2.5, [5, 5], Measure.Number));
        Assert.Equal([100, 100], TargetDistribution.Share(100, [5, 50], Measure.Percentage));
    }
}
