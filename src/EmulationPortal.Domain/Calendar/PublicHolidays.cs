namespace EmulationPortal.Domain.Calendar;

/// <summary>
/// Vietnam's public holidays as data (Labour Code 45/2019/QH14, Art. 112): 1/1; Tết, five days; Hùng Kings' day
/// (10/3 lunar); 30/4; 1/5; National Day, 2/9 and the day next to it; a single-day holiday falling on a weekend is made
/// up on the next working day (Art. 111.3). The lunar days are a table of solar dates for the years below, labelled
/// as data: the Prime Minister fixes each year's exact Tết and National Day days, so an admin may correct the table;
/// a year outside it has only its solar holidays.
/// </summary>
public static class PublicHolidays
{
    /// <summary>The first day of the lunar year (mùng 1 Tết) and Hùng Kings' day (10/3 lunar), in solar dates.</summary>
    public static readonly IReadOnlyDictionary<int, (DateOnly LunarNewYear, DateOnly HungKings)> LunarTable = new Dictionary<int, (DateOnly, DateOnly)>
    {
        [2020] = (new(2020, 1, 25), new(2020, 4, 2)),
        [2021] = (new(2021, 2, 12), new(2021, 4, 21)),
        [2022] = (new(2022, 2, 1), new(2022, 4, 10)),
        [2023] = (new(2023, 1, 22), new(2023, 4, 29)),
        [2024] = (new(2024, 2, 10), new(2024, 4, 18)),
        [2025] = (new(2025, 1, 29), new(2025, 4, 7)),
        [2026] = (new(2026, 2, 17), new(2026, 4, 26)),
        [2027] = (new(2027, 2, 6), new(2027, 4, 16)),
        [2028] = (new(2028, 1, 26), new(2028, 4, 4)),
    };

    /// <summary>Every day off of <paramref name="year"/>, weekend make-up days included.</summary>
    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var days = new HashSet<DateOnly>();
        var single = new List<DateOnly> { new(year, 1, 1), new(year, 4, 30), new(year, 5, 1) };
        if (LunarTable.TryGetValue(year, out var lunar))
        {
            days.UnionWith(Tet(lunar.LunarNewYear));

            single.Add(lunar.HungKings);
        }

        // National Day: 2/9 and, from 2021, the day before (when 2/9 is a Tuesday, Friday or Saturday) or after it.
        var national = new DateOnly(year, 9, 2);
        single.Add(national);
        if (year >= 2021)
        {
            single.Add(national.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday or DayOfWeek.Saturday ? national.AddDays(-1) : national.AddDays(1));
        }

        foreach (var day in single.Order())
        {
            days.Add(day);
        }

        foreach (var day in single.Where(IsWeekend).Order())
        {
            var makeUp = day.AddDays(1);
            while (IsWeekend(makeUp) || days.Contains(makeUp))
            {
                makeUp = makeUp.AddDays(1);
            }

            days.Add(makeUp);
        }

        return days;
    }

    /// <summary>
    /// Tết's five days, laid on weekdays as the yearly decisions of 2020–2026 did: from the last weekday before the
    /// lunar year's eve (the eve itself when it is a Monday).
    /// </summary>
    private static IEnumerable<DateOnly> Tet(DateOnly lunarNewYear)
    {
        var eve = lunarNewYear.AddDays(-1);
        var day = eve.DayOfWeek == DayOfWeek.Monday ? eve : eve.AddDays(-1);
        while (IsWeekend(day))
        {
            day = day.AddDays(-1);
        }

        for (var taken = 0; taken < 5; day = day.AddDays(1))
        {
            if (!IsWeekend(day))
            {
                yield return day;
                taken++;
            }
        }
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>Working days: Monday to Friday, not a public holiday.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) => !PublicHolidays.IsWeekend(day) && !PublicHolidays.Of(day.Year).Contains(day);

    /// <summary>The last day of a period of <paramref name="count"/> working days starting on <paramref name="first"/> (counted if it is one).</summary>
    public static DateOnly End(DateOnly first, int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "A period has at least one working day.");
        }

        var day = first;
        var counted = IsWorkingDay(day) ? 1 : 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
