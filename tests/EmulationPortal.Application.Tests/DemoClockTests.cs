using EmulationPortal.Application.Common;
using Microsoft.Extensions.Time.Testing;

namespace EmulationPortal.Application.Tests;

/// <summary><c>Clock:Today</c> names a factory day (Asia/Ho_Chi_Minh, UTC+7), whatever the hour in UTC.</summary>
public class DemoClockTests
{
    [Theory]
    [InlineData(2)] // 09:00 in the factory, same day in UTC
    [InlineData(18)] // 01:00 the next day in the factory, still the day before in UTC
    [InlineData(23)]
    public void The_demo_day_is_the_factory_day_at_every_hour_of_the_utc_day(int utcHour)
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, utcHour, 0, 0, TimeSpan.Zero));

        var clock = ShiftedTimeProvider.For(new DateOnly(2021, 1, 12), system);

        Assert.Equal(new DateOnly(2021, 1, 12), clock.Today());
        Assert.Equal(system.FactoryNow().TimeOfDay, clock.FactoryNow().TimeOfDay);
    }

    [Fact]
    public void At_18_00_utc_a_record_stamped_on_the_12_1_demo_reads_12_1_in_the_factory()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero));
        var clock = ShiftedTimeProvider.For(new DateOnly(2021, 1, 12), system);

        var stamped = clock.GetUtcNow().UtcDateTime;

        Assert.Equal(new DateTime(2021, 1, 12, 1, 0, 0), FactoryTime.ToLocal(stamped));
    }

    [Fact]
    public void Without_a_demo_day_the_system_clock_is_used_as_it_is()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero));

        Assert.Same(system, ShiftedTimeProvider.For(null, system));
        Assert.Equal(new DateOnly(2026, 12, 2), system.Today());
    }
}
