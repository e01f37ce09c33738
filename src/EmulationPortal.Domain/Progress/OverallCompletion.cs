namespace EmulationPortal.Domain.Progress;

/// <summary>
/// The one definition of an overall completion, for a unit's targets, a pledge's items or a whole drive: the weighted mean
/// over every item that has a target or a commitment, each capped at 100% so over-achievement on one item does not hide
/// a shortfall on another, an item not reported counting 0%. It always travels with how many of its items were
/// reported (<see cref="Reported"/> of <see cref="Items"/>), which is shown beside the figure: leaving unreported items
/// out made one good report out of six read as a high completion.
/// </summary>
public sealed record OverallCompletion(double Value, int Reported, int Items)
{
    /// <summary>One item: its completion capped at 100%, or 0% and not reported.</summary>
    public static OverallCompletion Of(double? completion) =>
        completion is { } value ? new(Math.Min(value, 1), 1, 1) : new(0, 0, 1);

    /// <summary>Items weighted (a criterion's weight); null when there is no item at all.</summary>
    public static OverallCompletion? Weighted(IEnumerable<(double Weight, double? Completion)> items) =>
        Combine(items.Select(i => (i.Weight, (OverallCompletion?)Of(i.Completion))));

    /// <summary>Items of equal weight (one criterion's targets across units); null when there is none.</summary>
    public static OverallCompletion? Mean(IEnumerable<double?> completions) =>
        Combine(completions.Select(c => (1.0, (OverallCompletion?)Of(c))));

    /// <summary>
    /// Parts already rolled up (each criterion of a drive), weighted; a null part (nothing to complete) is left out.
    /// The counts add up, so a drive says how many of all its items were reported.
    /// </summary>
    public static OverallCompletion? Combine(IEnumerable<(double Weight, OverallCompletion? Part)> parts)
    {
        double weighted = 0, weights = 0;
        int reported = 0, items = 0;
        foreach (var (weight, part) in parts)
        {
            if (part is not null)
            {
                weighted += weight * part.Value;
                weights += weight;
                reported += part.Reported;
                items += part.Items;
            }
        }

        return items == 0 ? null : new(weights > 0 ? weighted / weights : 0, reported, items);
    }
}
