namespace EmulationPortal.Domain.Notifications;

/// <summary>How a user wants one kind of notification: always in the app, and by email at once or in the daily digest.</summary>
public enum NotificationChannel
{
    InAppOnly,
    Email,
    DailyDigest,
}
