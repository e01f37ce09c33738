using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>For admins: who was told what and when, and where each email is (queued, sent, failing and retried).</summary>
public sealed class NotificationLogQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public const int PageSize = 500;

    public enum Filter
    {
        All,
        Queued,
        Failing,
        AwaitingDigest,
        Sent,
    }

    public sealed record Row(long Id, string Recipient, string? Email, NotificationKind Kind, string Subject, DateTime CreatedAtUtc, EmailState State, int Attempts, DateTime NextAttemptAtUtc, DateTime? SentAtUtc, string? LastError);

    public async Task<Outcome<IReadOnlyList<Row>>> ForAsync(ICurrentUser user, Filter filter, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<IReadOnlyList<Row>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = filter switch
        {
            Filter.Queued => db.Notifications.Where(n => n.Email == EmailState.Queued),
            Filter.Failing => db.Notifications.Where(n => n.Email != EmailState.Sent && n.LastError != null),
            Filter.AwaitingDigest => db.Notifications.Where(n => n.Email == EmailState.AwaitingDigest),
            Filter.Sent => db.Notifications.Where(n => n.Email == EmailState.Sent),
            _ => db.Notifications,
        };
        var list = await rows.AsNoTracking()
            .OrderByDescending(n => n.Id).Take(PageSize)
            .Join(db.Users, n => n.RecipientId, u => u.Id, (n, u) => new Row(
                n.Id, u.FullName, u.Email, n.Kind, n.Subject, n.CreatedAtUtc, n.Email, n.Attempts, n.NextAttemptAtUtc, n.SentAtUtc, n.LastError))
            .ToListAsync(ct);
        return Outcome<IReadOnlyList<Row>>.Ok(list);
    }
}
