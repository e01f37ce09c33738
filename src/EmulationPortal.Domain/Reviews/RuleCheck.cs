namespace EmulationPortal.Domain.Reviews;

public enum RuleOutcome
{
    Pass = 0,
    Fail = 1,

    /// <summary>A fact the rule needs is missing (no duty rating entered, a member not yet rated).</summary>
    Unknown = 2,
}

/// <summary>
/// One rule applied to one subject: the outcome, a stable reason code the UI localises with its arguments
/// (a rating, an initiative's code, a count), and the clause applied.
/// </summary>
public sealed record RuleCheck(string Rule, RuleOutcome Outcome, string Reason, IReadOnlyList<string> Args, Clause Clause)
{
    public static RuleCheck Of(string rule, RuleOutcome outcome, string reason, Clause clause, params string[] args) =>
        new(rule, outcome, reason, args, clause);
}

/// <summary>The verdict on one title: every rule's check, the overall outcome, and the initiative it would consume.</summary>
public sealed record Verdict(AwardTitle Title, RuleOutcome Outcome, IReadOnlyList<RuleCheck> Checks, string? InitiativeUsed = null)
{
    /// <summary>All rules must pass: one failure fails the title, otherwise one unknown leaves it unknown.</summary>
    public static Verdict AllOf(AwardTitle title, IReadOnlyList<RuleCheck> checks, string? initiative = null) =>
        new(title, Combine(checks.Select(c => c.Outcome)), checks, initiative);

    public static RuleOutcome Combine(IEnumerable<RuleOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(RuleOutcome.Fail) ? RuleOutcome.Fail
            : list.Contains(RuleOutcome.Unknown) ? RuleOutcome.Unknown
            : RuleOutcome.Pass;
    }

    /// <summary>Any one of several paths suffices: one pass passes, otherwise one unknown leaves it unknown.</summary>
    public static RuleOutcome AnyOf(IEnumerable<RuleOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(RuleOutcome.Pass) ? RuleOutcome.Pass
            : list.Contains(RuleOutcome.Unknown) ? RuleOutcome.Unknown
            : RuleOutcome.Fail;
    }
}
