namespace EmulationPortal.Application.Common;

/// <summary>Dates are stored in UTC and read as calendar days in the factory's time zone (Asia/Ho_Chi_Minh).</summary>
public static class FactoryTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.FactoryNow());

    /// <summary>The factory's wall-clock time, whatever zone the server runs in.</summary>
    public static DateTime FactoryNow(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
