using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Tests.Decisions;

/// <summary>A title's bonus is the rule set's base salary times the title's multiple (Decree 152/2025 Art. 50–54), in whole đồng.</summary>
public class BonusTests
{
    [Theory]
    [InlineData(AwardTitle.AdvancedWorker, 702_000)]
    [InlineData(AwardTitle.GrassrootsFighter, 2_340_000)]
    [InlineData(AwardTitle.MinistryFighter, 7_020_000)]
    [InlineData(AwardTitle.AdvancedCollective, 1_872_000)]
    [InlineData(AwardTitle.ExcellentCollective, 3_510_000)]
    public void Todays_rules_pay_the_base_salary_of_2_340_000_times_the_titles_multiple(AwardTitle title, int bonus)
    {
        var book = SeededRuleBooks.Current().Book;

        Assert.Equal(2_340_000m, book.BaseSalary.Value);
        Assert.Equal((decimal)bonus, book.BonusFor(title));
    }

    [Fact]
    public void A_revised_base_salary_changes_every_bonus_of_the_rule_set()
    {
        var book = SeededRuleBooks.Current().Book;
        var revised = book with { BaseSalary = new Figure(2_530_000m, new Clause("Dự thảo", Unconfirmed: true)) };

        Assert.Equal(759_000m, revised.BonusFor(AwardTitle.AdvancedWorker));
    }
}
