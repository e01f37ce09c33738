using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>The user's channel for every kind (the default where they chose none) and whether email is on at all.</summary>
public sealed class NotificationPreferencesQuery(IDbContextFactory<PortalDbContext> dbFactory, Microsoft.Extensions.Options.IOptions<NotificationOptions> options) : IUseCase
{
    public sealed record View(IReadOnlyDictionary<NotificationKind, NotificationChannel> Channels, bool EmailEnabled);

    public async Task<View> ForAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var userId = user.UserId;
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Channel, ct);
        var channels = Enum.GetValues<NotificationKind>().ToDictionary(k => k, k => chosen.GetValueOrDefault(k, NotificationPreference.Default));
        return new View(channels, options.Value.Smtp.Enabled);
    }
}
