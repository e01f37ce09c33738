using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Targets;

/// <summary>Shares a parent unit's target out among its children in proportion to their headcount.</summary>
public static class TargetDistribution
{
    /// <summary>
    /// A count (a whole number of shells, designs…) is shared in whole numbers that add up to the total, the remainder
    /// going to the largest fractions; a fractional total is shared to two decimals. A percentage or a yes/no is
    /// not a quantity to share: every child gets the parent's value.
    /// </summary>
    public static double[] Share(double total, IReadOnlyList<int> headcounts, Measure measure)
    {
        if (!measure.IsQuantity())
        {
            return headcounts.Select(_ => total).ToArray();
        }

        var people = headcounts.Sum();
        var weights = people == 0 ? headcounts.Select(_ => 1.0).ToArray() : headcounts.Select(h => (double)h).ToArray();
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        if (total != Math.Floor(total))
        {
            return exact.Select(v => Math.Round(v, 2)).ToArray();
        }

        var shares = exact.Select(Math.Floor).ToArray();
        var remainder = (int)(total - shares.Sum());
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take(remainder))
        {
            shares[i]++;
        }

        return shares;
    }
}
