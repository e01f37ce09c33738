using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Domain.Tests;

public class CompletionTests
{
    [Theory]
    [InlineData(100, 50, 0.5)]
    [InlineData(100, 100, 1.0)]
    [InlineData(100, 150, 1.5)]
    [InlineData(0, 3, 1.0)]
    public void Higher_is_better_divides_reported_by_target(double target, double reported, double expected) =>
        Assert.Equal(expected, Completion.Of(Direction.HigherIsBetter, target, reported)!.Value, 6);

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 1, 0.0)]
    [InlineData(2, 1, 1.0)]
    [InlineData(2, 4, 0.5)]
    public void Lower_is_better_is_met_while_reported_stays_at_or_under_target(double target, double reported, double expected) =>
        Assert.Equal(expected, Completion.Of(Direction.LowerIsBetter, target, reported)!.Value, 6);

    [Fact]
    public void Nothing_reported_is_not_reported_rather_than_zero() =>
        Assert.Null(Completion.Of(Direction.HigherIsBetter, 100, null));

    [Theory]
    [InlineData(Direction.HigherIsBetter)]
    [InlineData(Direction.LowerIsBetter)]
    public void A_criterion_without_a_committed_value_has_no_completion_rather_than_a_division_by_nothing(Direction direction) =>
        Assert.Null(Completion.Of(direction, null, 5));

    [Fact]
    public void One_criterion_of_six_reported_counts_the_other_five_as_zero_and_says_so()
    {
        var overall = OverallCompletion.Weighted([(1, 1.0), (1, null), (1, null), (1, null), (1, null), (1, null)])!;

        Assert.Equal(1.0 / 6, overall.Value, 6);
        Assert.Equal((1, 6), (overall.Reported, overall.Items));
    }

    [Fact]
    public void Overall_completion_weighs_every_item_and_caps_each_at_full()
    {
        var overall = OverallCompletion.Weighted([(3, 0.5), (1, 2.0), (5, null)])!;

        Assert.Equal(((3 * 0.5) + (1 * 1.0)) / 9, overall.Value, 6);
        Assert.Equal((2, 3), (overall.Reported, overall.Items));
    }

    [Fact]
    public void Nothing_reported_is_zero_with_none_of_the_items_reported()
    {
        var overall = OverallCompletion.Weighted([(1, null), (2, null)])!;

        Assert.Equal((0.0, 0, 2), (overall.Value, overall.Reported, overall.Items));
    }

    [Fact]
    public void No_item_at_all_has_no_completion() =>
        Assert.Null(OverallCompletion.Weighted([]));

    [Fact]
    public void Parts_combine_by_weight_and_their_counts_add_up()
    {
        var output = OverallCompletion.Mean([0.5, 1.0, null])!;
        var incidents = OverallCompletion.Mean([1.0, 1.5])!;

        var drive = OverallCompletion.Combine([(2, output), (1, incidents), (4, null)])!;

        Assert.Equal(((2 * 0.5) + (1 * 1.0)) / 3, drive.Value, 6);
        Assert.Equal((4, 5), (drive.Reported, drive.Items));
    }
}
