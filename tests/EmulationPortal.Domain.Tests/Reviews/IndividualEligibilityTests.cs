using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

/// <summary>Rule by rule against both seeded rule sets: "army" is Circular 151/2018 (the 2021 demo), "current" is Law 06/2022 with Decree 152/2025.</summary>
public class IndividualEligibilityTests
{
    private const int Year = 2021;

    private static RuleBook Rules(string set) => set == "army" ? SeededRuleBooks.Army2018().Book : SeededRuleBooks.Current().Book;

    private static Verdict VerdictOn(string set, AwardTitle title, PersonEvidence person) =>
        IndividualEligibility.Evaluate(Rules(set), Year, person).Single(v => v.Title == title);

    private static RuleCheck Check(Verdict verdict, string rule) => verdict.Checks.Single(c => c.Rule == rule);

    private static PersonEvidence Person(DutyRating? rating) => PersonEvidence.Bare("p", 1, rating);

    [Theory]
    [InlineData("army", DutyRating.Excellent, RuleOutcome.Pass, "rating.atLeast")]
    [InlineData("army", DutyRating.Good, RuleOutcome.Pass, "rating.atLeast")]
    [InlineData("army", DutyRating.Completed, RuleOutcome.Fail, "rating.below")]
    [InlineData("army", DutyRating.NotCompleted, RuleOutcome.Fail, "rating.below")]
    [InlineData("army", null, RuleOutcome.Unknown, "rating.missing")]
    [InlineData("current", DutyRating.Good, RuleOutcome.Pass, "rating.atLeast")]
    [InlineData("current", DutyRating.Completed, RuleOutcome.Fail, "rating.below")]
    [InlineData("current", null, RuleOutcome.Unknown, "rating.missing")]
    public void Advanced_worker_needs_at_least_a_good_rating_and_is_unknown_without_one(string set, DutyRating? rating, RuleOutcome expected, string reason)
    {
        var verdict = VerdictOn(set, AwardTitle.AdvancedWorker, Person(rating));

        Assert.Equal((expected, reason), (Check(verdict, "rating").Outcome, Check(verdict, "rating").Reason));
        Assert.Equal(expected, verdict.Outcome);
    }

    [Theory]
    [InlineData("army", DisciplineLevel.Reprimand, RuleOutcome.Pass, "discipline.belowBarring")]
    [InlineData("army", DisciplineLevel.Warning, RuleOutcome.Fail, "discipline.barring")]
    [InlineData("current", DisciplineLevel.Reprimand, RuleOutcome.Pass, "discipline.belowBarring")]
    [InlineData("current", DisciplineLevel.Demotion, RuleOutcome.Fail, "discipline.barring")]
    public void Discipline_at_warning_level_or_above_in_the_year_bars_the_advanced_title(string set, DisciplineLevel level, RuleOutcome expected, string reason)
    {
        var person = Person(DutyRating.Good) with { Discipline = [new DisciplineFact(level, Year, Pending: false)] };

        var check = Check(VerdictOn(set, AwardTitle.AdvancedWorker, person), "discipline");

        Assert.Equal((expected, reason), (check.Outcome, check.Reason));
    }

    [Theory]
    [InlineData("army")]
    [InlineData("current")]
    public void Discipline_of_an_earlier_year_does_not_count(string set)
    {
        var person = Person(DutyRating.Good) with { Discipline = [new DisciplineFact(DisciplineLevel.Warning, Year - 1, Pending: false)] };

        Assert.Equal(RuleOutcome.Pass, VerdictOn(set, AwardTitle.AdvancedWorker, person).Outcome);
    }

    [Theory]
    [InlineData("army", "Nghị định 91/2017/NĐ-CP", true)]
    [InlineData("current", "Nghị định 152/2025/NĐ-CP, Điều 4", false)]
    public void A_pending_case_bars_every_title_and_cites_the_principle(string set, string citation, bool unconfirmed)
    {
        var person = Person(DutyRating.Excellent) with
        {
            Discipline = [new DisciplineFact(DisciplineLevel.Reprimand, Year, Pending: true)],
            Initiatives = [new InitiativeFact("SK-1", InitiativeScope.Ministry, Year)],
        };

        var verdicts = IndividualEligibility.Evaluate(Rules(set), Year, person);
        var pending = Check(verdicts[0], "pendingCase");

        Assert.All(verdicts, v => Assert.Equal(RuleOutcome.Fail, v.Outcome));
        Assert.Equal(("case.pending", citation, unconfirmed), (pending.Reason, pending.Clause.Citation, pending.Clause.Unconfirmed));
    }

    [Fact]
    public void Under_the_2018_army_circular_an_excellent_rating_alone_is_not_enough_for_the_fighter()
    {
        var verdict = VerdictOn("army", AwardTitle.GrassrootsFighter, Person(DutyRating.Excellent));

        Assert.Equal(RuleOutcome.Fail, verdict.Outcome);
        Assert.Equal("merit.initiativeRequired", Check(verdict, "merit").Reason);
    }

    [Fact]
    public void Under_law_06_2022_an_excellent_rating_makes_an_advanced_worker_a_fighter_citing_article_23_as_unconfirmed_for_the_army()
    {
        var verdict = VerdictOn("current", AwardTitle.GrassrootsFighter, Person(DutyRating.Excellent));
        var merit = Check(verdict, "merit");

        Assert.Equal(RuleOutcome.Pass, verdict.Outcome);
        Assert.Equal("merit.excellentRating", merit.Reason);
        Assert.Contains("Điều 23", merit.Clause.Citation, StringComparison.Ordinal);
        Assert.True(merit.Clause.Unconfirmed);
        Assert.Null(verdict.InitiativeUsed);
    }

    [Theory]
    [InlineData("army", DutyRating.Good)]
    [InlineData("current", DutyRating.Good)]
    public void A_base_level_initiative_makes_an_advanced_worker_a_fighter_and_is_consumed(string set, DutyRating rating)
    {
        var person = Person(rating) with { Initiatives = [new InitiativeFact("SK-2021-014", InitiativeScope.Base, Year)] };

        var verdict = VerdictOn(set, AwardTitle.GrassrootsFighter, person);

        Assert.Equal(RuleOutcome.Pass, verdict.Outcome);
        Assert.Equal(["SK-2021-014", "Base"], Check(verdict, "merit").Args);
        Assert.Equal("SK-2021-014", verdict.InitiativeUsed);
    }

    [Theory]
    [InlineData("army")]
    [InlineData("current")]
    public void An_initiative_that_already_supported_an_award_supports_no_other(string set)
    {
        var person = Person(DutyRating.Good) with { Initiatives = [new InitiativeFact("SK-2020-003", InitiativeScope.Base, Year - 1, UsedFor: "GrassrootsFighter 2020")] };

        var verdict = VerdictOn(set, AwardTitle.GrassrootsFighter, person);

        Assert.Equal(RuleOutcome.Fail, verdict.Outcome);
        Assert.Equal(("merit.initiativeAlreadyUsed", "SK-2020-003"), (Check(verdict, "merit").Reason, Check(verdict, "merit").Args[0]));
    }

    [Fact]
    public void Current_rules_leave_the_fighter_unknown_when_the_rating_is_missing_and_nothing_else_qualifies()
    {
        var verdict = VerdictOn("current", AwardTitle.GrassrootsFighter, Person(null));

        Assert.Equal(RuleOutcome.Unknown, verdict.Outcome);
        Assert.Equal("merit.ratingMissing", Check(verdict, "merit").Reason);
    }

    [Theory]
    [InlineData("army", false)]
    [InlineData("current", true)]
    public void Accepted_research_counts_for_the_fighter_only_under_current_rules(string set, bool eligible)
    {
        var verdict = VerdictOn(set, AwardTitle.GrassrootsFighter, Person(DutyRating.Good) with { AcceptedResearch = true });

        Assert.Equal(eligible ? RuleOutcome.Pass : RuleOutcome.Fail, verdict.Outcome);
    }

    [Fact]
    public void A_fighter_verdict_fails_when_its_advanced_prerequisite_fails()
    {
        var person = Person(DutyRating.Completed) with { Initiatives = [new InitiativeFact("SK-1", InitiativeScope.Base, Year)] };

        var verdict = VerdictOn("army", AwardTitle.GrassrootsFighter, person);

        Assert.Equal(RuleOutcome.Fail, verdict.Outcome);
        Assert.Equal("prerequisite.fail", Check(verdict, "prerequisite").Reason);
    }

    [Theory]
    [InlineData(new[] { 2019, 2020 }, 2, RuleOutcome.Pass)]
    [InlineData(new[] { 2018, 2020 }, 1, RuleOutcome.Fail)]
    [InlineData(new[] { 2020 }, 1, RuleOutcome.Fail)]
    [InlineData(new int[0], 0, RuleOutcome.Fail)]
    public void Ministry_fighter_needs_three_consecutive_fighter_years_counting_this_one(int[] earlier, int chain, RuleOutcome expected)
    {
        var person = Person(DutyRating.Good) with
        {
            Initiatives = [new InitiativeFact("SK-B", InitiativeScope.Base, Year), new InitiativeFact("SK-M", InitiativeScope.Ministry, Year)],
            PastTitles = earlier.Select(y => new PastTitle(y, AwardTitle.GrassrootsFighter)).ToList(),
        };

        foreach (var set in new[] { "army", "current" })
        {
            var verdict = VerdictOn(set, AwardTitle.MinistryFighter, person);
            Assert.Equal(expected, verdict.Outcome);
            Assert.Equal(chain.ToString(System.Globalization.CultureInfo.InvariantCulture), Check(verdict, "chain").Args[0]);
        }
    }

    [Fact]
    public void Ad_hoc_titles_break_a_merit_chain()
    {
        var titles = new[] { new PastTitle(2020, AwardTitle.GrassrootsFighter, AdHoc: true), new PastTitle(2019, AwardTitle.GrassrootsFighter) };

        Assert.Equal(0, IndividualEligibility.ConsecutiveYears(titles, AwardTitle.GrassrootsFighter, 2020));
        Assert.Equal(1, IndividualEligibility.ConsecutiveYears(titles, AwardTitle.GrassrootsFighter, 2019));
    }

    [Theory]
    [InlineData("army")]
    [InlineData("current")]
    public void One_ministry_wide_initiative_cannot_support_both_the_fighter_and_the_ministry_title(string set)
    {
        var person = Person(DutyRating.Good) with
        {
            Initiatives = [new InitiativeFact("SK-M", InitiativeScope.Ministry, Year)],
            PastTitles = [new PastTitle(2019, AwardTitle.GrassrootsFighter), new PastTitle(2020, AwardTitle.GrassrootsFighter)],
        };

        var verdicts = IndividualEligibility.Evaluate(Rules(set), Year, person);
        var ministry = verdicts.Single(v => v.Title == AwardTitle.MinistryFighter);

        Assert.Equal("SK-M", verdicts.Single(v => v.Title == AwardTitle.GrassrootsFighter).InitiativeUsed);
        Assert.Equal(RuleOutcome.Fail, ministry.Outcome);
        Assert.Equal("initiative.supportsOtherAward", Check(ministry, "initiative").Reason);
    }

    [Fact]
    public void Under_current_rules_an_excellent_rating_leaves_the_ministry_wide_initiative_for_the_ministry_title()
    {
        var person = Person(DutyRating.Excellent) with
        {
            Initiatives = [new InitiativeFact("SK-M", InitiativeScope.Ministry, Year)],
            PastTitles = [new PastTitle(2019, AwardTitle.GrassrootsFighter), new PastTitle(2020, AwardTitle.GrassrootsFighter)],
        };

        var ministry = VerdictOn("current", AwardTitle.MinistryFighter, person);

        Assert.Equal(RuleOutcome.Pass, ministry.Outcome);
        Assert.Equal("SK-M", ministry.InitiativeUsed);
    }
}
