namespace EmulationPortal.Domain.Reviews;

/// <summary>A legal instrument a rule set rests on.</summary>
public sealed record Instrument(string Code, string Name, DateOnly InForceFrom, DateOnly? InForceTo);

/// <summary>
/// Where a rule comes from. <see cref="Unconfirmed"/> marks a clause or number that is plausible but was not read in
/// the official text (DOMAIN-AWARDS.md); the UI labels it so and an admin may correct it.
/// </summary>
public sealed record Clause(string Citation, bool Unconfirmed = false);

/// <summary>A number of the rules (a share as a fraction, a vote threshold) with the clause it comes from.</summary>
public sealed record Figure(decimal Value, Clause Clause)
{
    /// <summary>Whether <paramref name="count"/> out of <paramref name="total"/> reaches the share (a ratio, so 2/3 of 9 is met by 6).</summary>
    public bool IsMetBy(int count, int total) => total > 0 && (decimal)count / total >= Value;
}

/// <summary>One title of the catalogue: who it is for, its names, how it is voted and who decides it.</summary>
public sealed record TitleRule(
    AwardTitle Title,
    TitleSubject Subject,
    string Level,
    string CivilianName,
    string ArmyName,
    bool SecretBallot,
    Figure? VoteThreshold,
    string DecidedBy,
    Clause Clause,
    Figure BonusMultiplier);

/// <summary>What a quota is a share of: the people in the unit, or (nested) those the unit may make LĐTT/CSTT.</summary>
public enum QuotaBasis
{
    Headcount = 0,
    AdvancedWorkers = 1,
}

/// <summary>At most <see cref="Share"/> of the basis, counted per unit over its subtree and rounded down.</summary>
public sealed record QuotaRule(AwardTitle Title, Figure Share, QuotaBasis Basis);

/// <summary>The parameters of the eligibility rules; every rule cites the clause it applies.</summary>
public sealed record EligibilityRules(
    DutyRating AdvancedMinimumRating,
    Clause AdvancedRatingClause,
    DisciplineLevel BarringDiscipline,
    Clause DisciplineClause,
    Clause PendingCaseClause,
    bool FighterAcceptsExcellentRating,
    bool FighterAcceptsResearch,
    Clause FighterClause,
    int MinistryFighterYears,
    Clause MinistryFighterClause,
    Figure CollectiveAdvancedShare,
    bool CollectiveShareExclusive,
    Figure ExcellentCollectiveAdvancedShare,
    Clause ExcellentCollectiveClause);

/// <summary>The content of a rule set: data, never code, because the law moves (DOMAIN-AWARDS.md).</summary>
/// <param name="BaseSalary">The base salary (lương cơ sở) in VND a title's bonus is a multiple of.</param>
/// <param name="Quorum">The share of the council's total membership that must be present before it votes.</param>
/// <param name="InitiativeApproval">The share of an initiative council's sitting members who must agree to recognise one; 2/3 when the book does not say.</param>
public sealed record RuleBook(
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<TitleRule> Titles,
    EligibilityRules Eligibility,
    IReadOnlyList<QuotaRule> Quotas,
    Figure BaseSalary,
    Figure Quorum,
    Figure? InitiativeApproval = null)
{
    /// <summary>The default when a book names no fraction: two thirds of the members (unconfirmed; common in sector rules).</summary>
    public static Figure DefaultInitiativeApproval { get; } = new(2m / 3m, new Clause("Hội đồng sáng kiến: ≥ 2/3 thành viên đồng ý", Unconfirmed: true));

    public Figure InitiativeApprovalShare => InitiativeApproval ?? DefaultInitiativeApproval;

    public TitleRule Title(AwardTitle title) => Titles.Single(t => t.Title == title);

    /// <summary>The bonus a title carries: base salary × the title's multiple, rounded to the đồng.</summary>
    public decimal BonusFor(AwardTitle title) => Math.Round(BaseSalary.Value * Title(title).BonusMultiplier.Value, 0, MidpointRounding.AwayFromZero);
}
