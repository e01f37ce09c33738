namespace EmulationPortal.Domain.Notifications;

/// <summary>What a notification is about; each kind has its own template and its own per-user choice of channel.</summary>
public enum NotificationKind
{
    DriveOpened,
    PledgeDeadlineSoon,
    PledgeReturned,
    PledgesAwaitingReview,
    LaunchDeadlineSoon,
    LaunchDeadlineMissed,
}
