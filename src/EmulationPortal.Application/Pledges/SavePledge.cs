using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>Saves the user's own pledge as a draft, submits it, or amends it after submission (see <see cref="PledgeIntent"/>).</summary>
public sealed class SavePledge(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<PledgeDraft> validator) : IUseCase
{
    public sealed record Saved(int PledgeId, Guid Version, PledgeStatus Status, DateTime SavedAtUtc);

    public async Task<Outcome<Saved>> ExecuteAsync(ICurrentUser user, PledgeDraft draft, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(draft, ct);
        if (!validation.IsValid)
        {
            return Outcome<Saved>.From(Outcome.Invalid(validation));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var campaign = await db.Campaigns.Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == draft.CampaignId, ct);
        if (campaign is null)
        {
            return Outcome<Saved>.From(Outcome.NotFound());
        }

        if (!await db.MayPledgeAsync(user, campaign.Id, draft.Collective, ct))
        {
            return Outcome<Saved>.From(Outcome.Forbidden());
        }

        var (pledge, refused) = await PledgeToWriteAsync(db, user, campaign, draft, ct);
        if (pledge is null)
        {
            return Outcome<Saved>.From(refused!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // A stale version, or a second tab (or leader) inserting the same pledge at the same moment (unique index), is a conflict.
        return await db.SaveAsync(() => Write(pledge, campaign, draft, clock.Today(), now), () => new Saved(pledge.Id, pledge.Version, pledge.Status, now), ct);
    }

    /// <summary>The user's pledge in the drive, tracked with the version they loaded; a new one when there is none yet.</summary>
    private static async Task<(Pledge? Pledge, Outcome? Refused)> PledgeToWriteAsync(PortalDbContext db, ICurrentUser user, Campaign campaign, PledgeDraft draft, CancellationToken ct)
    {
        var pledge = await db.OwnPledgeAsync(user, campaign.Id, draft.Collective, ct);
        if (pledge is null)
        {
            if (draft.Version is not null)
            {
                return (null, Outcome.NotFound());
            }

            pledge = draft.Collective ? Pledge.Collective(campaign, user.OrgUnitId) : Pledge.Individual(campaign, user.OrgUnitId, user.UserId);
            db.Pledges.Add(pledge);
            return (pledge, null);
        }

        // Another tab created the pledge (no version loaded) or saved it since (old version): the user must see that first.
        if (draft.Version is not { } loaded)
        {
            return (null, Outcome.Conflict());
        }

        var version = db.Entry(pledge).Property(p => p.Version);
        version.OriginalValue = loaded;
        version.IsModified = true; // a change to the items alone must still check and renew the version
        return (pledge, null);
    }

    /// <summary>The ticked lines as typed (a draft's line may have no value yet: the domain refuses that only on its way to review).</summary>
    private static void Write(Pledge pledge, Campaign campaign, PledgeDraft draft, DateOnly today, DateTime now)
    {
        var commitments = draft.Lines.Where(l => l.Included).ToDictionary(l => l.CriterionId, l => l.Value);
        switch (draft.Intent)
        {
            case PledgeIntent.Amend:
                pledge.Amend(campaign, today, now, draft.ActionProgramme, commitments);
                break;
            case PledgeIntent.Submit:
                pledge.Write(campaign, today, draft.ActionProgramme, commitments);
                pledge.Submit(campaign, today, now);
                break;
            default:
                pledge.Write(campaign, today, draft.ActionProgramme, commitments);
                break;
        }
    }
}
