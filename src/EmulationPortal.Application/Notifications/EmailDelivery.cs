using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EmulationPortal.Application.Notifications;

/// <summary>
/// Sends the queued emails that are due, one at a time, recording each outcome as it happens: a sent row is never sent
/// again, a failed one stays queued with its error and a later attempt (back-off), so an SMTP outage loses nothing.
/// Each row is claimed in the store before it is sent (<see cref="ClaimAsync"/>), so two instances running at once (two
/// SQLite schedulers on one file, a retried trigger) never send one email twice; a claim lapses if its sender dies.
/// </summary>
public sealed class EmailDelivery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, SmtpMailer mailer, IOptionsMonitor<NotificationOptions> options, ILogger<EmailDelivery> log)
{
    private const int Batch = 100;
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    public sealed record Result(int Sent, int Failed);

    private sealed record Recipient(string? Email, string Culture);

    public async Task<Result> DeliverDueAsync(CancellationToken ct)
    {
        if (!options.CurrentValue.Smtp.Enabled)
        {
            return new(0, 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Notifications
            .Where(n => n.Email == EmailState.Queued && n.NextAttemptAtUtc <= now)
            .OrderBy(n => n.Id).Take(Batch).ToListAsync(ct);
        var recipients = await RecipientsAsync(db, due.Select(n => n.RecipientId), ct);
        var (sent, failed) = (0, 0);
        foreach (var notification in due)
        {
            if (!await ClaimAsync(db, notification, EmailState.Queued, now, ct))
            {
                continue;
            }

            var to = recipients[notification.RecipientId];
            var (subject, body) = EmailTemplates.Single(to.Culture, LineOf(notification), options.CurrentValue.BaseUrl);
            if (await TrySendAsync(to, subject, body, ct) is { } error)
            {
                notification.EmailFailed(clock.GetUtcNow().UtcDateTime, error);
                failed++;
            }
            else
            {
                notification.EmailSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }

            await db.SaveChangesAsync(ct);
        }

        return new(sent, failed);
    }

    /// <summary>Every notification waiting for the digest, one email per person with all of theirs.</summary>
    public async Task<Result> SendDigestsAsync(CancellationToken ct)
    {
        if (!options.CurrentValue.Smtp.Enabled)
        {
            return new(0, 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = await db.Notifications.Where(n => n.Email == EmailState.AwaitingDigest).OrderBy(n => n.Id).ToListAsync(ct);
        var recipients = await RecipientsAsync(db, waiting.Select(n => n.RecipientId), ct);
        var (sent, failed) = (0, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in waiting.GroupBy(n => n.RecipientId))
        {
            var group = new List<Notification>();
            foreach (var notification in person)
            {
                if (await ClaimAsync(db, notification, EmailState.AwaitingDigest, now, ct))
                {
                    group.Add(notification);
                }
            }

            if (group.Count == 0)
            {
                continue;
            }

            var to = recipients[person.Key];
            var (subject, body) = EmailTemplates.Digest(to.Culture, group.Select(LineOf).ToList(), options.CurrentValue.BaseUrl);
            var error = await TrySendAsync(to, subject, body, ct);
            foreach (var notification in group)
            {
                if (error is null)
                {
                    notification.EmailSent(clock.GetUtcNow().UtcDateTime);
                }
                else
                {
                    notification.EmailFailed(clock.GetUtcNow().UtcDateTime, error);
                }
            }

            (sent, failed) = error is null ? (sent + 1, failed) : (sent, failed + 1);
            await db.SaveChangesAsync(ct);
        }

        return new(sent, failed);
    }

    /// <summary>
    /// Takes the row for this run in one conditional update: still in <paramref name="state"/> and not claimed by another
    /// run (its next attempt is due). The winner pushes the next attempt past the lease; a loser's update changes nothing.
    /// </summary>
    private static async Task<bool> ClaimAsync(PortalDbContext db, Notification notification, EmailState state, DateTime now, CancellationToken ct)
    {
        var until = now.Add(ClaimLease);
        var claimed = await db.Notifications
            .Where(n => n.Id == notification.Id && n.Email == state && n.NextAttemptAtUtc <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.NextAttemptAtUtc, until), ct);
        return claimed == 1;
    }

    private static EmailTemplates.Line LineOf(Notification n) => new(n.Kind, n.Subject, n.Detail, n.Link);

    private static async Task<Dictionary<string, Recipient>> RecipientsAsync(PortalDbContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new Recipient(u.Email, u.Culture), ct);
    }

    /// <summary>Null when sent; otherwise the error, recorded on the row (the server's words, no credentials).</summary>
    private async Task<string?> TrySendAsync(Recipient to, string subject, MimeEntity body, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(to.Email))
        {
            return "The recipient has no email address.";
        }

        var message = new MimeMessage { Subject = subject, Body = body };
        message.To.Add(MailboxAddress.Parse(to.Email));
        try
        {
            await mailer.SendAsync(message, ct);
            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            log.LogWarning("Email to a recipient failed and stays queued: {Error}", failure.Message);
            return $"{failure.GetType().Name}: {failure.Message}";
        }
    }
}
