namespace EmulationPortal.Domain.Notifications;

/// <summary>
/// One thing one person is told: shown in the app at once and, by their choice, emailed. Written in the transaction of
/// the change that causes it (an outbox row), so a change is never saved without its notification nor told twice:
/// <see cref="DedupeKey"/> is unique, so a reminder for (kind, subject, recipient, day) can be inserted only once.
/// </summary>
public class Notification
{
    public const int DedupeKeyMaxLength = 200;
    public const int LinkMaxLength = 300;
    public const int SubjectMaxLength = 300;
    public const int DetailMaxLength = 1000;
    public const int ErrorMaxLength = 1000;

    private Notification()
    {
    }

    public Notification(string recipientId, NotificationKind kind, string dedupeKey, string link, string subject, string? detail, DateTime createdAtUtc, bool email)
    {
        RecipientId = recipientId;
        Kind = kind;
        DedupeKey = dedupeKey;
        Link = link;
        Subject = Cut(subject, SubjectMaxLength);
        Detail = detail is null ? null : Cut(detail, DetailMaxLength);
        CreatedAtUtc = createdAtUtc;
        Email = email ? EmailState.Queued : EmailState.None;
        NextAttemptAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }
    public string RecipientId { get; private set; } = string.Empty;
    public NotificationKind Kind { get; private set; }
    public string DedupeKey { get; private set; } = string.Empty;

    /// <summary>The page to act on, relative to the portal's base address.</summary>
    public string Link { get; private set; } = string.Empty;

    /// <summary>What it is about (a drive's title, a unit's name), shown in the recipient's language around it.</summary>
    public string Subject { get; private set; } = string.Empty;

    /// <summary>A detail in the author's words (a return reason) or a count.</summary>
    public string? Detail { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }
    public EmailState Email { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    /// <summary>The recipient chose the daily digest for this kind: the email waits for the digest run.</summary>
    public void HoldForDigest()
    {
        if (Email == EmailState.Queued)
        {
            Email = EmailState.AwaitingDigest;
        }
    }

    public void EmailSent(DateTime nowUtc)
    {
        Email = EmailState.Sent;
        SentAtUtc = nowUtc;
        Attempts++;
        LastError = null;
    }

    /// <summary>
    /// The SMTP server refused or was unreachable: the email stays queued and is tried again later, each wait twice
    /// the last (1, 2, 4 … minutes, at most an hour), so an outage never loses a message nor floods the server.
    /// </summary>
    public void EmailFailed(DateTime nowUtc, string error)
    {
        Attempts++;
        LastError = Cut(error, ErrorMaxLength);
        var wait = Math.Min(60, Math.Pow(2, Math.Min(Attempts - 1, 6)));
        NextAttemptAtUtc = nowUtc.AddMinutes(wait);
        if (Email == EmailState.AwaitingDigest)
        {
            Email = EmailState.Queued;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
