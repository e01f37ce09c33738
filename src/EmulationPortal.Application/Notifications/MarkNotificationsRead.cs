using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>Marks one of the user's notifications read (opening it), or all of them; another's are never touched.</summary>
public sealed class MarkNotificationsRead(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, NotificationSignal signal) : IUseCase
{
    /// <param name="NotificationId">The one opened, or null for "mark all read".</param>
    public sealed record Request(long? NotificationId);

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var userId = user.UserId;
        var unread = db.Notifications.Where(n => n.RecipientId == userId && n.ReadAtUtc == null);
        if (request.NotificationId is { } id)
        {
            if (!await db.Notifications.AnyAsync(n => n.Id == id && n.RecipientId == userId, ct))
            {
                return Outcome.NotFound();
            }

            unread = unread.Where(n => n.Id == id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in await unread.ToListAsync(ct))
        {
            notification.MarkRead(now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return db.OutcomeOf(failure);
        }

        signal.Notify([userId]);
        return Outcome.Ok();
    }
}
