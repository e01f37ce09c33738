using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Reviews;

/// <summary>How a rule-set number reads: a share (a fraction, shown as a percentage), an amount in đồng, a multiple of the base salary, a count of years.</summary>
public enum ParameterKind
{
    Share = 0,
    Money = 1,
    Multiple = 2,
    Years = 3,
}

/// <summary>One number of a rule book an admin may correct, keyed stably, with the clause it comes from.</summary>
public sealed record RuleParameter(string Key, ParameterKind Kind, decimal Value, Clause Clause, AwardTitle? Title = null);

/// <summary>A new value for a parameter, and whether its clause is still unconfirmed once the admin read the official text.</summary>
public sealed record ParameterChange(decimal Value, bool Unconfirmed);

/// <summary>
/// The editable numbers of a <see cref="RuleBook"/>: quotas, vote thresholds, bonus multiples, base salary, quorum and the
/// eligibility thresholds. Reads them as a flat list and writes changes back as a new book, each value range-checked.
/// </summary>
public static class RuleParameters
{
    public const string BaseSalary = "baseSalary";
    public const string Quorum = "quorum";
    public const string CollectiveShare = "collectiveShare";
    public const string ExcellentCollectiveShare = "excellentCollectiveShare";
    public const string MinistryFighterYears = "ministryFighterYears";

    public static string QuotaKey(AwardTitle title) => $"quota.{title}";

    public static string VoteKey(AwardTitle title) => $"vote.{title}";

    public static string BonusKey(AwardTitle title) => $"bonus.{title}";

    public static IReadOnlyList<RuleParameter> Of(RuleBook book)
    {
        var e = book.Eligibility;
        return
        [
            .. book.Quotas.Select(q => new RuleParameter(QuotaKey(q.Title), ParameterKind.Share, q.Share.Value, q.Share.Clause, q.Title)),
            .. book.Titles.Where(t => t.VoteThreshold is not null)
                .Select(t => new RuleParameter(VoteKey(t.Title), ParameterKind.Share, t.VoteThreshold!.Value, t.VoteThreshold.Clause, t.Title)),
            .. book.Titles.Select(t => new RuleParameter(BonusKey(t.Title), ParameterKind.Multiple, t.BonusMultiplier.Value, t.BonusMultiplier.Clause, t.Title)),
            new(BaseSalary, ParameterKind.Money, book.BaseSalary.Value, book.BaseSalary.Clause),
            new(Quorum, ParameterKind.Share, book.Quorum.Value, book.Quorum.Clause),
            new(CollectiveShare, ParameterKind.Share, e.CollectiveAdvancedShare.Value, e.CollectiveAdvancedShare.Clause),
            new(ExcellentCollectiveShare, ParameterKind.Share, e.ExcellentCollectiveAdvancedShare.Value, e.ExcellentCollectiveAdvancedShare.Clause),
            new(MinistryFighterYears, ParameterKind.Years, e.MinistryFighterYears, e.MinistryFighterClause),
        ];
    }

    /// <summary>The book with <paramref name="changes"/> applied; an unknown key or a value out of its range is refused whole.</summary>
    public static RuleBook With(RuleBook book, IReadOnlyDictionary<string, ParameterChange> changes)
    {
        var known = Of(book).ToDictionary(p => p.Key);
        foreach (var (key, change) in changes)
        {
            if (!known.TryGetValue(key, out var parameter))
            {
                throw new DomainRuleException("ruleSet.parameter.unknown", $"The rule set has no parameter {key}.");
            }

            Check(parameter.Kind, change.Value);
        }

        Figure F(string key, Figure current) => changes.TryGetValue(key, out var c) ? new Figure(c.Value, current.Clause with { Unconfirmed = c.Unconfirmed }) : current;
        var e = book.Eligibility;
        var years = changes.GetValueOrDefault(MinistryFighterYears);
        return book with
        {
            Quotas = book.Quotas.Select(q => q with { Share = F(QuotaKey(q.Title), q.Share) }).ToList(),
            Titles = book.Titles.Select(t => t with
            {
                VoteThreshold = t.VoteThreshold is null ? null : F(VoteKey(t.Title), t.VoteThreshold),
                BonusMultiplier = F(BonusKey(t.Title), t.BonusMultiplier),
            }).ToList(),
            BaseSalary = F(BaseSalary, book.BaseSalary),
            Quorum = F(Quorum, book.Quorum),
            Eligibility = e with
            {
                CollectiveAdvancedShare = F(CollectiveShare, e.CollectiveAdvancedShare),
                ExcellentCollectiveAdvancedShare = F(ExcellentCollectiveShare, e.ExcellentCollectiveAdvancedShare),
                MinistryFighterYears = years is null ? e.MinistryFighterYears : (int)years.Value,
                MinistryFighterClause = years is null ? e.MinistryFighterClause : e.MinistryFighterClause with { Unconfirmed = years.Unconfirmed },
            },
        };
    }

    private static void Check(ParameterKind kind, decimal value)
    {
        var (ok, code) = kind switch
        {
            ParameterKind.Share => (value > 0 && value <= 1, "ruleSet.share.range"),
            ParameterKind.Money => (value > 0 && value <= 1_000_000_000 && value == decimal.Round(value), "ruleSet.money.range"),
            ParameterKind.Multiple => (value >= 0 && value <= 100, "ruleSet.multiple.range"),
            _ => (value >= 1 && value <= 10 && value == decimal.Round(value), "ruleSet.years.range"),
        };
        if (!ok)
        {
            throw new DomainRuleException(code, "The value is out of its range.");
        }
    }
}
