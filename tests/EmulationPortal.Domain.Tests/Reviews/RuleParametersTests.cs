using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

public class RuleParametersTests
{
    private static RuleBook Army => SeededRuleBooks.Army2018().Book;

    [Fact]
    public void Every_editable_number_of_a_book_is_listed_once_with_its_kind_and_clause()
    {
        var parameters = RuleParameters.Of(Army);

        Assert.Equal(parameters.Count, parameters.Select(p => p.Key).Distinct().Count());
        Assert.Equal(1_490_000m, parameters.Single(p => p.Key == RuleParameters.BaseSalary).Value);
        Assert.True(parameters.Single(p => p.Key == RuleParameters.BaseSalary).Clause.Unconfirmed);
        Assert.Equal(ParameterKind.Share, parameters.Single(p => p.Key == RuleParameters.Quorum).Kind);
        Assert.Equal(3, parameters.Single(p => p.Key == RuleParameters.MinistryFighterYears).Value);
        Assert.Equal(Army.Quotas.Count, parameters.Count(p => p.Key.StartsWith("quota.", StringComparison.Ordinal)));
        Assert.Equal(Army.Titles.Count(t => t.VoteThreshold is not null), parameters.Count(p => p.Key.StartsWith("vote.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Changes_are_written_back_to_the_right_place_with_the_clause_confirmed_and_the_rest_untouched()
    {
        var changes = new Dictionary<string, ParameterChange>
        {
            [RuleParameters.BaseSalary] = new(1_800_000m, false),
            [RuleParameters.QuotaKey(AwardTitle.GrassrootsFighter)] = new(0.12m, true),
            [RuleParameters.VoteKey(AwardTitle.GrassrootsFighter)] = new(0.75m, false),
            [RuleParameters.MinistryFighterYears] = new(2m, false),
        };

        var book = RuleParameters.With(Army, changes);

        Assert.Equal(new Figure(1_800_000m, new Clause("Nghị định 38/2019/NĐ-CP", Unconfirmed: false)), book.BaseSalary);
        Assert.Equal(0.12m, book.Quotas.Single(q => q.Title == AwardTitle.GrassrootsFighter).Share.Value);
        Assert.Equal(0.75m, book.Title(AwardTitle.GrassrootsFighter).VoteThreshold!.Value);
        Assert.False(book.Title(AwardTitle.GrassrootsFighter).VoteThreshold!.Clause.Unconfirmed);
        Assert.Equal(2, book.Eligibility.MinistryFighterYears);
        Assert.Equal(Army.Quorum, book.Quorum);
        Assert.Equal(Army.Title(AwardTitle.MinistryFighter).VoteThreshold, book.Title(AwardTitle.MinistryFighter).VoteThreshold);
        Assert.Equal(1_440_000m, book.BonusFor(AwardTitle.AdvancedCollective)); // 0.8 × the new base salary
    }

    [Theory]
    [InlineData(RuleParameters.Quorum, 0, "ruleSet.share.range")]
    [InlineData(RuleParameters.Quorum, 1.2, "ruleSet.share.range")]
    [InlineData(RuleParameters.BaseSalary, -5, "ruleSet.money.range")]
    [InlineData(RuleParameters.BaseSalary, 1500.5, "ruleSet.money.range")]
    [InlineData("bonus.AdvancedWorker", 101, "ruleSet.multiple.range")]
    [InlineData(RuleParameters.MinistryFighterYears, 0, "ruleSet.years.range")]
    [InlineData(RuleParameters.MinistryFighterYears, 2.5, "ruleSet.years.range")]
    [InlineData("vote.AdvancedWorker", 0.5, "ruleSet.parameter.unknown")] // no ballot for that title
    public void A_value_out_of_its_range_or_an_unknown_parameter_is_refused(string key, double value, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => RuleParameters.With(Army, new Dictionary<string, ParameterChange> { [key] = new((decimal)value, false) }));

        Assert.Equal(code, refused.Code);
    }
}
