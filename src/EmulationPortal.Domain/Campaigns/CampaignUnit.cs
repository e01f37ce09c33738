namespace EmulationPortal.Domain.Campaigns;

/// <summary>A unit taking part in a campaign, and when it launched its own drive under it.</summary>
public class CampaignUnit
{
    private CampaignUnit()
    {
    }

    internal CampaignUnit(int orgUnitId) => OrgUnitId = orgUnitId;

    public int CampaignId { get; private set; }
    public int OrgUnitId { get; private set; }

    /// <summary>UTC instant the unit launched its own drive; null while it has not.</summary>
    public DateTime? LaunchedAtUtc { get; private set; }

    internal void MarkLaunched(DateTime launchedAtUtc) => LaunchedAtUtc ??= launchedAtUtc;

    /// <summary>Judges a launch by calendar days in the factory's time zone: launching on the deadline day is on time.</summary>
    public static LaunchState StateOf(DateOnly? launchedOn, DateOnly? deadline, DateOnly today) => (launchedOn, deadline) switch
    {
        ({ } day, { } last) when day > last => LaunchState.Late,
        ({ }, _) => LaunchState.OnTime,
        (null, { } last) when today > last => LaunchState.Missed,
        _ => LaunchState.Pending,
    };
}
