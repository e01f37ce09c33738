using EmulationPortal.Domain.Calendar;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Calendar;

/// <summary>Days off checked against the government's yearly schedules of 2021–2025, and disclosure periods counted in working days.</summary>
public class WorkingDaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_2021_days_off_are_tet_hung_kings_30_4_1_5_with_its_make_up_day_and_national_day_with_the_day_after()
    {
        var off = PublicHolidays.Of(2021);

        Assert.Equal(
            [D(2021, 1, 1), D(2021, 2, 10), D(2021, 2, 11), D(2021, 2, 12), D(2021, 2, 15), D(2021, 2, 16), D(2021, 4, 21), D(2021, 4, 30), D(2021, 5, 1), D(2021, 5, 3), D(2021, 9, 2), D(2021, 9, 3)],
            off.Order());
    }

    [Theory]
    [InlineData(2022, "2022-01-03", "2022-01-31,2022-02-01,2022-02-02,2022-02-03,2022-02-04", "2022-05-02,2022-05-03", "2022-09-01,2022-09-02")]
    [InlineData(2023, "2023-01-02", "2023-01-20,2023-01-23,2023-01-24,2023-01-25,2023-01-26", "2023-05-02,2023-05-03", "2023-09-01,2023-09-04")]
    [InlineData(2024, "2024-01-01", "2024-02-08,2024-02-09,2024-02-12,2024-02-13,2024-02-14", "2024-04-18,2024-04-30,2024-05-01", "2024-09-02,2024-09-03")]
    [InlineData(2025, "2025-01-01", "2025-01-27,2025-01-28,2025-01-29,2025-01-30,2025-01-31", "2025-04-07,2025-04-30,2025-05-01", "2025-09-01,2025-09-02")]
    public void Each_year_gives_the_new_year_tet_spring_and_national_day_off_as_scheduled(int year, string newYear, string tet, string spring, string national)
    {
        var off = PublicHolidays.Of(year);

        foreach (var day in string.Join(',', newYear, tet, spring, national).Split(',').Select(DateOnly.Parse))
        {
            Assert.Contains(day, off);
        }
    }

    [Fact]
    public void A_year_beyond_the_lunar_table_keeps_its_solar_holidays_only()
    {
        var off = PublicHolidays.Of(2031);

        Assert.Contains(D(2031, 4, 30), off);
        Assert.DoesNotContain(off, d => d.Month == 2);
    }

    [Theory]
    [InlineData("2021-02-08", 5, "2021-02-19")] // Tết (10–16/2) skipped
    [InlineData("2021-04-26", 10, "2021-05-11")] // 30/4, the weekend, 1/5's make-up day on 3/5 skipped
    [InlineData("2021-03-06", 1, "2021-03-08")] // a Saturday start counts from Monday
    [InlineData("2021-12-01", 10, "2021-12-14")]
    public void A_period_of_working_days_ends_on_the_last_of_them(string first, int days, string last)
    {
        Assert.Equal(DateOnly.Parse(last), WorkingDays.End(DateOnly.Parse(first), days));
    }

    [Fact]
    public void A_round_publishes_its_list_for_working_days_while_it_takes_nominations_only()
    {
        var round = new ReviewRound("Bình xét 2021", 2021, 1, SeededRuleBooks.Army2018(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.AdvancedWorker]);
        Assert.Equal("review.disclosure.notOpen", Assert.Throws<DomainRuleException>(() => round.Disclose(D(2021, 4, 26), 10)).Code);
        round.Advance();

        round.Disclose(D(2021, 4, 26), 10);

        Assert.Equal(D(2021, 5, 11), round.DisclosureUntil);
        Assert.True(round.InDisclosure(D(2021, 5, 11)));
        Assert.False(round.InDisclosure(D(2021, 5, 12)));
        Assert.False(round.InDisclosure(D(2021, 4, 25)));
        Assert.True(round.DisclosedBy(D(2021, 6, 1)));
        Assert.Equal("review.disclosure.days", Assert.Throws<DomainRuleException>(() => round.Disclose(D(2021, 4, 26), 0)).Code);
    }
}
