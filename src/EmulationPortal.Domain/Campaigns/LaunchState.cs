namespace EmulationPortal.Domain.Campaigns;

/// <summary>Where a participating unit stands with launching its own drive, relative to the launch deadline.</summary>
public enum LaunchState
{
    /// <summary>Launched on or before the deadline (or the drive has no deadline).</summary>
    OnTime = 0,

    /// <summary>Launched, but after the deadline.</summary>
    Late = 1,

    /// <summary>Not launched yet, and the deadline has not passed.</summary>
    Pending = 2,

    /// <summary>Not launched, and the deadline has passed.</summary>
    Missed = 3,
}
