using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

public class CollectiveEligibilityTests
{
    private const int Year = 2021;

    private static RuleBook Rules(string set) => set == "army" ? SeededRuleBooks.Army2018().Book : SeededRuleBooks.Current().Book;

    /// <summary>A unit of ten: <paramref name="good"/> rated good, <paramref name="unrated"/> without a rating, the rest rated only "completed".</summary>
    private static List<MemberRecord> Members(string set, int good, int unrated = 0, int excellentWithInitiative = 0)
    {
        var people = Enumerable.Range(0, 10).Select(i => i < excellentWithInitiative
                ? PersonEvidence.Bare($"p{i}", 1, DutyRating.Excellent) with { Initiatives = [new InitiativeFact($"SK-{i}", InitiativeScope.Base, Year)] }
                : PersonEvidence.Bare($"p{i}", 1, i < good ? DutyRating.Good : i < good + unrated ? null : DutyRating.Completed));
        return people.Select(p => new MemberRecord(p, IndividualEligibility.Evaluate(Rules(set), Year, p))).ToList();
    }

    private static Verdict VerdictOn(string set, AwardTitle title, DutyRating? unitRating, List<MemberRecord> members) =>
        CollectiveEligibility.Evaluate(Rules(set), Year, unitRating, members).Single(v => v.Title == title);

    [Theory]
    [InlineData("army", 6, 0, RuleOutcome.Pass)]
    [InlineData("army", 5, 0, RuleOutcome.Fail)] // the old law wanted more than half
    [InlineData("current", 7, 0, RuleOutcome.Pass)]
    [InlineData("current", 6, 0, RuleOutcome.Fail)]
    [InlineData("current", 6, 1, RuleOutcome.Unknown)] // passes only if the unrated member turns out good
    [InlineData("current", 4, 2, RuleOutcome.Fail)] // fails even if both turn out good
    public void Advanced_collective_needs_its_share_of_advanced_workers_counting_unknowns_both_ways(string set, int good, int unrated, RuleOutcome expected)
    {
        var verdict = VerdictOn(set, AwardTitle.AdvancedCollective, DutyRating.Good, Members(set, good, unrated));

        Assert.Equal(expected, verdict.Checks.Single(c => c.Rule == "advancedShare").Outcome);
        Assert.Equal(expected, verdict.Outcome);
    }

    [Fact]
    public void The_current_70_percent_share_of_the_advanced_collective_is_labelled_unconfirmed_and_the_old_half_is_not()
    {
        Assert.True(Rules("current").Eligibility.CollectiveAdvancedShare.Clause.Unconfirmed);
        Assert.False(Rules("army").Eligibility.CollectiveAdvancedShare.Clause.Unconfirmed);
    }

    [Theory]
    [InlineData("army")]
    [InlineData("current")]
    public void One_member_disciplined_at_warning_level_bars_the_advanced_collective(string set)
    {
        var members = Members(set, good: 10);
        members[9] = members[9] with { Evidence = members[9].Evidence with { Discipline = [new DisciplineFact(DisciplineLevel.Warning, Year, false)] } };

        var verdict = VerdictOn(set, AwardTitle.AdvancedCollective, DutyRating.Good, members);

        Assert.Equal(("collective.disciplined", RuleOutcome.Fail), (verdict.Checks.Single(c => c.Rule == "discipline").Reason, verdict.Outcome));
    }

    [Theory]
    [InlineData("army")]
    [InlineData("current")]
    public void Excellent_collective_needs_an_excellent_unit_all_members_completed_70_percent_advanced_and_a_fighter(string set)
    {
        var members = Members(set, good: 10, excellentWithInitiative: 1);

        Assert.Equal(RuleOutcome.Pass, VerdictOn(set, AwardTitle.ExcellentCollective, DutyRating.Excellent, members).Outcome);
        Assert.Equal(RuleOutcome.Fail, VerdictOn(set, AwardTitle.ExcellentCollective, DutyRating.Good, members).Outcome);
        Assert.Equal(RuleOutcome.Unknown, VerdictOn(set, AwardTitle.ExcellentCollective, null, members).Outcome);
        Assert.Equal(RuleOutcome.Fail, VerdictOn(set, AwardTitle.ExcellentCollective, DutyRating.Excellent, Members(set, good: 10)).Outcome);
    }

    [Fact]
    public void A_member_not_completing_duties_fails_the_excellent_collective_and_an_unrated_one_leaves_it_unknown()
    {
        var failing = Members("current", good: 9, excellentWithInitiative: 1);
        var unrated = Members("current", good: 9, unrated: 1, excellentWithInitiative: 1);
        failing[9] = failing[9] with { Evidence = failing[9].Evidence with { Rating = DutyRating.NotCompleted } };

        Assert.Equal("collective.someNotCompleted", VerdictOn("current", AwardTitle.ExcellentCollective, DutyRating.Excellent, failing).Checks.Single(c => c.Rule == "allCompleted").Reason);
        Assert.Equal(RuleOutcome.Unknown, VerdictOn("current", AwardTitle.ExcellentCollective, DutyRating.Excellent, unrated).Checks.Single(c => c.Rule == "allCompleted").Outcome);
    }
}
