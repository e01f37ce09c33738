namespace EmulationPortal.Domain.Notifications;

/// <summary>A user's choice of channel for one kind; a kind without a row is emailed at once (nobody misses a deadline).</summary>
public class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public NotificationPreference(string userId, NotificationKind kind, NotificationChannel channel)
    {
        UserId = userId;
        Kind = kind;
        Channel = channel;
    }

    public string UserId { get; private set; } = string.Empty;
    public NotificationKind Kind { get; private set; }
    public NotificationChannel Channel { get; set; }

    public const NotificationChannel Default = NotificationChannel.Email;
}
