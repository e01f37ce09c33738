using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Domain.Progress;

/// <summary>How far a reported value goes towards a target, respecting the criterion's direction.</summary>
public static class Completion
{
    /// <summary>
    /// The completion ratio (1 = target met); null when nothing was reported, which is "not reported", never 0%, and null
    /// when there is no target (a draft's criterion without a value yet), which is not counted either.
    /// Higher is better: reported ÷ target. Lower is better (incidents, violations): met while reported ≤ target,
    /// then target ÷ reported, so 0 incidents against a target of 0 is met and any incident against 0 is 0%.
    /// </summary>
    public static double? Of(Direction direction, double? target, double? reported)
    {
        if (reported is not { } actual || target is not { } goal)
        {
            return null;
        }

        return direction switch
        {
            Direction.LowerIsBetter when actual <= goal => 1,
            Direction.LowerIsBetter => goal <= 0 ? 0 : goal / actual,
            _ when goal <= 0 => 1,
            _ => actual / goal,
        };
    }

    /// <summary>
    /// Weighted average over the reported items only, each capped at 100% so over-achievement on one criterion
    /// does not hide a shortfall on another. Null when no item was reported.
    /// </summary>
    public static double? Weighted(IEnumerable<(double Weight, double? Completion)> items)
    {
        double weighted = 0, weights = 0;
        foreach (var (weight, completion) in items)
        {
            if (completion is { } value)
            {
                weighted += weight * Math.Min(value, 1);
                weights += weight;
            }
        }

        return weights > 0 ? weighted / weights : null;
    }
}
