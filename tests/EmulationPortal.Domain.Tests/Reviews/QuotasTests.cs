using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

public class QuotasTests
{
    [Theory]
    [InlineData(70, 60, 49, 4)] // 70 % of 70 = 49 LĐTT; CSTĐCS 10 % of min(60 eligible, 49) = 4.9 → 4
    [InlineData(70, 30, 49, 3)] // nested in the 30 who are eligible
    [InlineData(9, 9, 6, 0)] // 6.3 → 6; 0.6 → 0: a small team earns no fighter on its own
    public void Quotas_are_per_unit_nested_and_rounded_down(int headcount, int eligible, int advanced, int fighter)
    {
        foreach (var set in new[] { SeededRuleBooks.Army2018(), SeededRuleBooks.Current() })
        {
            var limits = Quotas.LimitsFor(set.Book, headcount, eligible);
            Assert.Equal((advanced, fighter), (limits[AwardTitle.AdvancedWorker], limits[AwardTitle.GrassrootsFighter]));
        }
    }

    [Fact]
    public void Over_quota_is_a_flag_on_the_count_not_a_cut()
    {
        var quota = new Quota(AwardTitle.GrassrootsFighter, Limit: 2, Nominated: 3, new Clause("x"));

        Assert.True(quota.IsOver);
        Assert.Equal(3, quota.Nominated);
    }

    [Fact]
    public void Army_quotas_of_2018_are_confirmed_and_todays_are_labelled_unconfirmed()
    {
        Assert.All(SeededRuleBooks.Army2018().Book.Quotas, q => Assert.False(q.Share.Clause.Unconfirmed));
        Assert.All(SeededRuleBooks.Current().Book.Quotas, q => Assert.True(q.Share.Clause.Unconfirmed));
    }
}
