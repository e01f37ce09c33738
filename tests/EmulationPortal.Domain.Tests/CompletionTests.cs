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
    public void Weighted_completion_skips_unreported_items_and_caps_each_at_full()
    {
        var weighted = Completion.Weighted([(3, 0.5), (1, 2.0), (5, null)]);

        Assert.Equal(((3 * 0.5) + (1 * 1.0)) / 4, weighted!.Value, 6);
    }

    [Fact]
    public void Weighted_completion_of_nothing_reported_is_null() =>
        Assert.Null(Completion.Weighted([(1, null), (2, null)]));
}
