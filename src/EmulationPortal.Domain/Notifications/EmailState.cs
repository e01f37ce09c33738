namespace EmulationPortal.Domain.Notifications;

/// <summary>Where a notification's email is: none wanted, waiting (for the next delivery run or the digest), or sent.</summary>
public enum EmailState
{
    None,
    Queued,
    AwaitingDigest,
    Sent,
}
