using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>Stores the user's own choice of channel per kind; nobody sets another's.</summary>
public sealed class SaveNotificationPreferences(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, IReadOnlyDictionary<NotificationKind, NotificationChannel> channels, CancellationToken ct = default)
    {
        if (channels.Keys.Any(k => !Enum.IsDefined(k)) || channels.Values.Any(c => !Enum.IsDefined(c)))
        {
            return Outcome.NotFound();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var userId = user.UserId;
        var stored = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, ct);
        foreach (var (kind, channel) in channels)
        {
            if (stored.TryGetValue(kind, out var preference))
            {
                preference.Channel = channel;
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference(userId, kind, channel));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return db.OutcomeOf(failure);
        }

        return Outcome.Ok();
    }
}
