using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Domain.Progress;

/// <summary>How far a reported value goes towards a target, respecting the criterion's direction.</summary>
public static class Completion
{
    /// <summary>
    /// The completion ratio (1 = target met); null when nothing was reported, which is "not reported", and null when
    /// there is no target (a draft's criterion without a value yet); <see cref="OverallCompletion"/> rolls items up.
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
}
