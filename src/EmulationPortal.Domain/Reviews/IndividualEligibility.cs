using System.Globalization;

namespace EmulationPortal.Domain.Reviews;

/// <summary>
/// The individual titles for one person and one year: LĐTT/CSTT, then CSTĐCS on top of it, then the ministry-level
/// fighter on top of that. Each verdict lists every rule it applied, so a "no" can always be explained.
/// </summary>
public static class IndividualEligibility
{
    public static IReadOnlyList<Verdict> Evaluate(RuleBook rules, int year, PersonEvidence person)
    {
        var advanced = Advanced(rules.Eligibility, year, person);
        var fighter = Fighter(rules.Eligibility, year, person, advanced);
        var ministry = Ministry(rules.Eligibility, year, person, fighter);
        return [advanced, fighter, ministry];
    }

    private static Verdict Advanced(EligibilityRules rules, int year, PersonEvidence person)
    {
        var rating = person.Rating switch
        {
            null => RuleCheck.Of("rating", RuleOutcome.Unknown, "rating.missing", rules.AdvancedRatingClause),
            var r when r >= rules.AdvancedMinimumRating => RuleCheck.Of("rating", RuleOutcome.Pass, "rating.atLeast", rules.AdvancedRatingClause, r.ToString()!, rules.AdvancedMinimumRating.ToString()),
            var r => RuleCheck.Of("rating", RuleOutcome.Fail, "rating.below", rules.AdvancedRatingClause, r.ToString()!, rules.AdvancedMinimumRating.ToString()),
        };

        var decided = person.Discipline.Where(d => !d.Pending && d.Year == year).OrderByDescending(d => d.Level).FirstOrDefault();
        var discipline = decided switch
        {
            null => RuleCheck.Of("discipline", RuleOutcome.Pass, "discipline.none", rules.DisciplineClause),
            var d when d.Level >= rules.BarringDiscipline => RuleCheck.Of("discipline", RuleOutcome.Fail, "discipline.barring", rules.DisciplineClause, d.Level.ToString()),
            var d => RuleCheck.Of("discipline", RuleOutcome.Pass, "discipline.belowBarring", rules.DisciplineClause, d.Level.ToString()),
        };

        return Verdict.AllOf(AwardTitle.AdvancedWorker, [rating, discipline, PendingCase(rules, person)]);
    }

    /// <summary>An open case bars every award until it is settled, whatever its eventual level.</summary>
    private static RuleCheck PendingCase(EligibilityRules rules, PersonEvidence person) =>
        person.Discipline.Any(d => d.Pending)
            ? RuleCheck.Of("pendingCase", RuleOutcome.Fail, "case.pending", rules.PendingCaseClause)
            : RuleCheck.Of("pendingCase", RuleOutcome.Pass, "case.none", rules.PendingCaseClause);

    private static Verdict Fighter(EligibilityRules rules, int year, PersonEvidence person, Verdict advanced)
    {
        var prerequisite = Prerequisite(advanced, rules.FighterClause);

        // Paths that need no initiative come first, so an initiative stays free for an award that needs it.
        if (rules.FighterAcceptsExcellentRating && person.Rating == DutyRating.Excellent)
        {
            return Verdict.AllOf(AwardTitle.GrassrootsFighter, [prerequisite, RuleCheck.Of("merit", RuleOutcome.Pass, "merit.excellentRating", rules.FighterClause)]);
        }

        if (rules.FighterAcceptsResearch && person.AcceptedResearch)
        {
            return Verdict.AllOf(AwardTitle.GrassrootsFighter, [prerequisite, RuleCheck.Of("merit", RuleOutcome.Pass, "merit.research", rules.FighterClause)]);
        }

        var initiative = FreeInitiatives(person, year).FirstOrDefault();
        if (initiative is not null)
        {
            var uses = RuleCheck.Of("merit", RuleOutcome.Pass, "merit.initiative", rules.FighterClause, initiative.Code, initiative.Scope.ToString());
            return Verdict.AllOf(AwardTitle.GrassrootsFighter, [prerequisite, uses], initiative.Code);
        }

        var merit = rules.FighterAcceptsExcellentRating && person.Rating is null
            ? RuleCheck.Of("merit", RuleOutcome.Unknown, "merit.ratingMissing", rules.FighterClause)
            : NoMerit(rules, person, year);
        return Verdict.AllOf(AwardTitle.GrassrootsFighter, [prerequisite, merit]);
    }

    private static RuleCheck NoMerit(EligibilityRules rules, PersonEvidence person, int year)
    {
        var used = person.Initiatives.FirstOrDefault(i => i.RecognisedYear <= year && i.UsedFor is not null);
        if (used is not null)
        {
            return RuleCheck.Of("merit", RuleOutcome.Fail, "merit.initiativeAlreadyUsed", rules.FighterClause, used.Code, used.UsedFor!);
        }

        return rules.FighterAcceptsExcellentRating
            ? RuleCheck.Of("merit", RuleOutcome.Fail, "merit.noneOf", rules.FighterClause, person.Rating!.Value.ToString())
            : RuleCheck.Of("merit", RuleOutcome.Fail, "merit.initiativeRequired", rules.FighterClause);
    }

    private static Verdict Ministry(EligibilityRules rules, int year, PersonEvidence person, Verdict fighter)
    {
        var prerequisite = Prerequisite(fighter, rules.MinistryFighterClause);
        var chain = ConsecutiveYears(person.PastTitles, AwardTitle.GrassrootsFighter, year - 1);
        var needed = rules.MinistryFighterYears - 1;
        var years = RuleCheck.Of("chain", chain >= needed ? RuleOutcome.Pass : RuleOutcome.Fail, chain >= needed ? "chain.enough" : "chain.short",
            rules.MinistryFighterClause, chain.ToString(CultureInfo.InvariantCulture), needed.ToString(CultureInfo.InvariantCulture));

        var wide = FreeInitiatives(person, year).FirstOrDefault(i => i.Scope >= InitiativeScope.Ministry && i.Code != fighter.InitiativeUsed);
        var initiative = wide is not null
            ? RuleCheck.Of("initiative", RuleOutcome.Pass, "initiative.ministryWide", rules.MinistryFighterClause, wide.Code)
            : WhyNoWideInitiative(rules, person, year, fighter);
        return Verdict.AllOf(AwardTitle.MinistryFighter, [prerequisite, years, initiative], wide?.Code);
    }

    private static RuleCheck WhyNoWideInitiative(EligibilityRules rules, PersonEvidence person, int year, Verdict fighter)
    {
        var wide = person.Initiatives.Where(i => i.RecognisedYear <= year && i.Scope >= InitiativeScope.Ministry).ToList();
        if (wide.Find(i => i.Code == fighter.InitiativeUsed) is { } taken)
        {
            return RuleCheck.Of("initiative", RuleOutcome.Fail, "initiative.supportsOtherAward", rules.MinistryFighterClause, taken.Code, nameof(AwardTitle.GrassrootsFighter));
        }

        return wide.FirstOrDefault() is { } used
            ? RuleCheck.Of("initiative", RuleOutcome.Fail, "initiative.alreadyUsed", rules.MinistryFighterClause, used.Code, used.UsedFor!)
            : RuleCheck.Of("initiative", RuleOutcome.Fail, "initiative.noneMinistryWide", rules.MinistryFighterClause);
    }

    /// <summary>The lower title this one builds on, carried over with its outcome.</summary>
    private static RuleCheck Prerequisite(Verdict lower, Clause clause) =>
        RuleCheck.Of("prerequisite", lower.Outcome, "prerequisite." + lower.Outcome.ToString().ToLowerInvariant(), clause, lower.Title.ToString());

    /// <summary>Initiatives recognised by the period's year and not yet spent on an award, narrowest scope first.</summary>
    private static IEnumerable<InitiativeFact> FreeInitiatives(PersonEvidence person, int year) =>
        person.Initiatives.Where(i => i.UsedFor is null && i.RecognisedYear <= year).OrderBy(i => i.Scope).ThenBy(i => i.Code, StringComparer.Ordinal);

    /// <summary>How many years in a row, counting back from <paramref name="lastYear"/>, the title was held on merit.</summary>
    public static int ConsecutiveYears(IEnumerable<PastTitle> titles, AwardTitle title, int lastYear)
    {
        var held = titles.Where(t => t.Title == title && !t.AdHoc).Select(t => t.Year).ToHashSet();
        var count = 0;
        while (held.Contains(lastYear - count))
        {
            count++;
        }

        return count;
    }
}
