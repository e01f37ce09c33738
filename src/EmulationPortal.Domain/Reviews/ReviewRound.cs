using EmulationPortal.Domain.Calendar;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Reviews;

public enum ReviewRoundStatus
{
    Draft = 0,

    /// <summary>Units nominate.</summary>
    Open = 1,

    /// <summary>The council reviews; nominations are frozen.</summary>
    Council = 2,
    Decided = 3,
    Closed = 4,
}

/// <summary>A review round (đợt bình xét) over a period's record for a unit and its subtree, under one rule set.</summary>
public class ReviewRound : IVersioned
{
    public const int NameMaxLength = 300;

    private ReviewRound()
    {
    }

    public ReviewRound(string name, int year, int scopeUnitId, RuleSet ruleSet, DateOnly referenceDay, DateOnly nominationDeadline, IReadOnlyCollection<AwardTitle> titles)
    {
        Name = UserText.Normalize(name);
        if (Name.Length is 0 or > NameMaxLength)
        {
            throw new DomainRuleException("review.name.invalid", "A round needs a name of at most 300 characters.");
        }

        if (ruleSet.EffectiveFrom > referenceDay)
        {
            throw new DomainRuleException("review.ruleSet.notInForce", "The rule set was not in force on the reference day.");
        }

        if (titles.Count == 0)
        {
            throw new DomainRuleException("review.titles.required", "A round considers at least one title.");
        }

        Year = year;
        ScopeUnitId = scopeUnitId;
        RuleSetId = ruleSet.Id;
        ReferenceDay = referenceDay;
        NominationDeadline = nominationDeadline;
        Titles = titles.Distinct().Order().ToList();
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = string.Empty;

    /// <summary>The calendar year whose record is reviewed.</summary>
    public int Year { get; private set; }
    public int ScopeUnitId { get; private set; }
    public int RuleSetId { get; private set; }
    public DateOnly ReferenceDay { get; private set; }
    public DateOnly NominationDeadline { get; private set; }
    public List<AwardTitle> Titles { get; private set; } = [];
    public ReviewRoundStatus Status { get; private set; } = ReviewRoundStatus.Draft;
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The first day the proposed list is published to the whole scope (công khai); null until it is.</summary>
    public DateOnly? DisclosureFrom { get; private set; }

    /// <summary>The last day of the disclosure period: <see cref="DisclosureDays"/> working days from its first.</summary>
    public DateOnly? DisclosureUntil { get; private set; }

    public int DisclosureDays { get; private set; }

    public const int MaxDisclosureDays = 30;

    /// <summary>
    /// Publishes the proposed list for <paramref name="workingDays"/> working days from <paramref name="from"/> (public
    /// holidays skipped), while units still nominate; published again, the new period replaces the old.
    /// </summary>
    public void Disclose(DateOnly from, int workingDays)
    {
        if (Status != ReviewRoundStatus.Open)
        {
            throw new DomainRuleException("review.disclosure.notOpen", "The list is published while the round takes nominations.");
        }

        if (workingDays is < 1 or > MaxDisclosureDays)
        {
            throw new DomainRuleException("review.disclosure.days", "A disclosure period lasts 1 to 30 working days.");
        }

        DisclosureFrom = from;
        DisclosureDays = workingDays;
        DisclosureUntil = WorkingDays.End(from, workingDays);
    }

    /// <summary>Whether <paramref name="day"/> falls in the disclosure period.</summary>
    public bool InDisclosure(DateOnly day) => DisclosureFrom <= day && day <= DisclosureUntil;

    /// <summary>Whether the list has been published by <paramref name="day"/> (it stays visible once it was).</summary>
    public bool DisclosedBy(DateOnly day) => DisclosureFrom <= day;

    /// <summary>Moves one step along Draft → Open → Council → Decided → Closed; never back, never skipping.</summary>
    public void Advance()
    {
        if (Status == ReviewRoundStatus.Closed)
        {
            throw new DomainRuleException("review.closed", "The round is closed.");
        }

        Status++;
    }

    public bool AcceptsNominations => Status == ReviewRoundStatus.Open;
}
