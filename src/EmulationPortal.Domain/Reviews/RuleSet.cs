using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Reviews;

/// <summary>A named, dated version of the rules; a round uses the one in force on its reference day.</summary>
public class RuleSet : IVersioned
{
    private RuleSet()
    {
    }

    public RuleSet(string code, string name, DateOnly effectiveFrom, RuleBook book)
    {
        Code = UserText.Normalize(code).ToUpperInvariant();
        Name = UserText.Normalize(name);
        if (Code.Length == 0 || Name.Length == 0)
        {
            throw new DomainRuleException("ruleSet.name.required", "A rule set needs a code and a name.");
        }

        EffectiveFrom = effectiveFrom;
        Book = book;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public DateOnly EffectiveFrom { get; private set; }
    public RuleBook Book { get; private set; } = default!;
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Replaces the rules. A round that reached council must stay explainable by the rules its frozen verdicts and its
    /// quotas were worked out under, so those are frozen from then on.
    /// </summary>
    public void Revise(RuleBook book, bool usedByFrozenRound)
    {
        if (usedByFrozenRound)
        {
            throw new DomainRuleException("ruleSet.frozen", "A round that reached council used this rule set; create a new version instead.");
        }

        Book = book;
    }

    /// <summary>The rule set with the latest effective date on or before <paramref name="day"/>, or null if none was in force.</summary>
    public static RuleSet? InForceOn(IEnumerable<RuleSet> sets, DateOnly day) =>
        sets.Where(s => s.EffectiveFrom <= day).OrderByDescending(s => s.EffectiveFrom).FirstOrDefault();
}
