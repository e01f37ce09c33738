using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Notifications;

/// <summary>Keeps the language a signed-in user switched to, so their emails come in it too.</summary>
public sealed class RememberCulture(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public static IReadOnlyList<string> Supported { get; } = ["vi-VN", "en-US"];

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, string culture, CancellationToken ct = default)
    {
        if (!Supported.Contains(culture))
        {
            return Outcome.NotFound();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var userId = user.UserId;
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (account is null)
        {
            return Outcome.NotFound();
        }

        account.Culture = culture;
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
