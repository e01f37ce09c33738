using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>The one open drive the generator writes, and the day the benchmarks stand on (inside it, pledges still accepted).</summary>
internal static class GeneratedDrive
{
    public const string Title = "Thi đua lập công dâng Đảng năm 2026";
    public static readonly DateOnly Start = new(2026, 1, 5);
    public static readonly DateOnly End = new(2026, 12, 25);
    public static readonly DateOnly PledgeDeadline = new(2026, 12, 15);
    public static readonly DateOnly LaunchDeadline = new(2026, 1, 31);
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static CampaignPeriod Period => new(Start, End, PledgeDeadline, LaunchDeadline);

    /// <summary>Instant of a day at 09:00 in the factory (UTC+7).</summary>
    public static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
