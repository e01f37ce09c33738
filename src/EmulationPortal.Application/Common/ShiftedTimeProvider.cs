namespace EmulationPortal.Application.Common;

/// <summary>
/// The system clock moved to another day. The demo data lives in January 2021 (the founding example), so a demo
/// runs with <c>Clock:Today</c> set to a day inside that drive; production never sets it.
/// </summary>
public sealed class ShiftedTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public static TimeProvider For(DateOnly? today, TimeProvider system)
    {
        if (today is not { } day)
        {
            return system;
        }

        // The day is a factory day: from 17:00 UTC the factory is already on the next one, and the demo must stay on its own.
        var now = system.FactoryNow();
        var offset = day.ToDateTime(TimeOnly.FromDateTime(now)) - now;
        return new ShiftedTimeProvider(system, offset);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
