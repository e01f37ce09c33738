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

        var now = system.GetUtcNow();
        var offset = day.ToDateTime(TimeOnly.FromTimeSpan(now.TimeOfDay), DateTimeKind.Utc) - now.UtcDateTime;
        return new ShiftedTimeProvider(system, offset);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
