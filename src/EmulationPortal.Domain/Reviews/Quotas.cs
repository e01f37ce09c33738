namespace EmulationPortal.Domain.Reviews;

/// <summary>The most a unit may nominate for a title, and how many it did; over-quota is flagged, never cut.</summary>
public sealed record Quota(AwardTitle Title, int Limit, int Nominated, Clause Clause)
{
    public bool IsOver => Nominated > Limit;
}

public static class Quotas
{
    /// <summary>
    /// The limits for one unit, counted over its subtree and rounded down. A nested quota (CSTĐCS) is a share of those
    /// the unit may make LĐTT/CSTT: the eligible ones, capped by that title's own quota.
    /// </summary>
    public static IReadOnlyDictionary<AwardTitle, int> LimitsFor(RuleBook rules, int headcount, int advancedEligible)
    {
        var advancedRule = rules.Quotas.FirstOrDefault(q => q.Basis == QuotaBasis.Headcount && q.Title == AwardTitle.AdvancedWorker);
        var advancedPool = advancedRule is null ? advancedEligible : Math.Min(advancedEligible, Floor(advancedRule.Share.Value * headcount));
        return rules.Quotas.ToDictionary(
            q => q.Title,
            q => Floor(q.Share.Value * (q.Basis == QuotaBasis.Headcount ? headcount : advancedPool)));
    }

    private static int Floor(decimal value) => (int)decimal.Floor(value);
}
