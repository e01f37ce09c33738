using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>The owner withdraws their pledge; it is kept (a review may need it) and can be taken up again before the deadline.</summary>
public sealed class WithdrawPledge(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<Outcome<Guid>> ExecuteAsync(ICurrentUser user, int pledgeId, Guid version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var pledge = await db.Pledges.SingleOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null || !user.Owns(pledge))
        {
            // Someone else's pledge is reported as missing: an id in the URL reveals nothing.
            return Outcome<Guid>.From(Outcome.NotFound());
        }

        var campaign = await db.Campaigns.SingleAsync(c => c.Id == pledge.CampaignId, ct);
        db.ExpectVersion(pledge, version);
        return await db.SaveAsync(() => pledge.Withdraw(campaign, clock.Today()), () => pledge.Version, ct);
    }
}
