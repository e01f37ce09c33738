using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>A user's own notifications, newest first, and the unread count the bell shows. Nobody reads another's.</summary>
public sealed class NotificationsQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public const int PageSize = 200;

    public sealed record Row(long Id, NotificationKind Kind, string Link, string Subject, string? Detail, DateTime CreatedAtUtc, bool IsRead);

    public async Task<int> UnreadCountAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = user.UserId;
        return await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAtUtc == null, ct);
    }

    public async Task<IReadOnlyList<Row>> ListAsync(ICurrentUser user, bool unreadOnly, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = user.UserId;
        return await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId && (!unreadOnly || n.ReadAtUtc == null))
            .OrderByDescending(n => n.Id)
            .Take(PageSize)
            .Select(n => new Row(n.Id, n.Kind, n.Link, n.Subject, n.Detail, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
    }
}
