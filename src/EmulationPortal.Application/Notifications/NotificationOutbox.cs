using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Notifications;

/// <summary>
/// Adds notification rows to the context of the change that causes them, so they commit (or not) with it. Each row's
/// email follows the recipient's choice for its kind; with SMTP off nothing is queued for email.
/// </summary>
public sealed class NotificationOutbox(IOptions<NotificationOptions> options)
{
    public sealed record Message(NotificationKind Kind, string Link, string Subject, string? Detail);

    /// <summary>
    /// Adds one notification per recipient whose dedupe key is not stored yet; returns the recipients added. The key's
    /// unique index stops a second instance that scanned at the same moment: its save fails and it sends nothing.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddAsync(PortalDbContext db, IReadOnlyCollection<string> recipients, Message message, Func<string, string> dedupeKey, DateTime nowUtc, CancellationToken ct)
    {
        if (recipients.Count == 0)
        {
            return [];
        }

        var keys = recipients.Distinct().ToDictionary(r => r, dedupeKey);
        var keyList = keys.Values.ToList();
        var taken = (await db.Notifications.Where(n => keyList.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(ct)).ToHashSet();
        var ids = keys.Keys.ToList();
        var kind = message.Kind;
        var channels = await db.NotificationPreferences.Where(p => p.Kind == kind && ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.Channel, ct);
        var added = new List<string>();
        foreach (var (recipient, key) in keys)
        {
            if (taken.Contains(key))
            {
                continue;
            }

            var channel = channels.GetValueOrDefault(recipient, NotificationPreference.Default);
            var email = options.Value.Smtp.Enabled && channel != NotificationChannel.InAppOnly;
            var notification = new Notification(recipient, kind, key, message.Link, message.Subject, message.Detail, nowUtc, email);
            if (channel == NotificationChannel.DailyDigest)
            {
                notification.HoldForDigest();
            }

            db.Notifications.Add(notification);
            added.Add(recipient);
        }

        return added;
    }
}
