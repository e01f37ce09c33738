using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>An admin creates a drive or saves changes to one, criteria and participating units included; returns the drive's id.</summary>
public sealed class SaveCampaign(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    private static readonly CampaignFormValidator Validator = new();

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, CampaignForm form, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        var validation = await Validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        return await db.GuardAsync(async () =>
        {
            var campaign = await DescribedAsync(db, form, ct);
            if (campaign is null)
            {
                return Outcome<int>.From(Outcome.NotFound());
            }

            campaign.Theme = UserText.NormalizeOptional(form.Theme);
            campaign.Occasion = UserText.NormalizeOptional(form.Occasion);
            campaign.Description = UserText.NormalizeOptional(form.Description);
            campaign.PledgesRequired = form.PledgesRequired;
            campaign.LeaderAcceptanceRequired = form.LeaderAcceptanceRequired;
            await ReshapeAsync(db, campaign, form, ct);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(campaign.Id);
        });
    }

    /// <summary>The drive the form edits, checked against the version loaded, or a new one; null when it is gone.</summary>
    private static async Task<Campaign?> DescribedAsync(PortalDbContext db, CampaignForm form, CancellationToken ct)
    {
        var period = new CampaignPeriod(
            DateOnly.FromDateTime(form.Start!.Value),
            DateOnly.FromDateTime(form.End!.Value),
            DateOnly.FromDateTime(form.PledgeDeadline!.Value),
            form.LaunchDeadline is { } launch ? DateOnly.FromDateTime(launch) : null);
        if (form.Id is not { } id)
        {
            var created = new Campaign(form.Title, form.Kind, form.OwnerUnitId, period);
            db.Campaigns.Add(created);
            return created;
        }

        var campaign = await db.Campaigns.AsSplitQuery().Include(c => c.Criteria).Include(c => c.Units).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is not null)
        {
            var entry = db.Entry(campaign);
            entry.Property(c => c.Version).OriginalValue = form.Version;
            entry.Property(c => c.Version).IsModified = true;
            campaign.Describe(form.Title, form.Kind, form.OwnerUnitId, period);
        }

        return campaign;
    }

    /// <summary>Units and criteria as the form has them; a draft's targets follow its shape (those of a removed criterion or a unit that left go with them).</summary>
    private static async Task ReshapeAsync(PortalDbContext db, Campaign campaign, CampaignForm form, CancellationToken ct)
    {
        var leaving = campaign.Units.Select(u => u.OrgUnitId).Where(u => !form.UnitIds.Contains(u)).ToList();
        campaign.SetParticipatingUnits(form.UnitIds);
        var removed = campaign.DefineCriteria(form.Criteria.Select(c => c.ToDefinition()).ToList()).Select(c => c.Id).ToList();
        if (campaign.Id != 0 && (removed.Count > 0 || leaving.Count > 0))
        {
            db.UnitTargets.RemoveRange(await db.UnitTargets
                .Where(t => t.CampaignId == campaign.Id && (removed.Contains(t.CriterionId) || leaving.Contains(t.OrgUnitId)))
                .ToListAsync(ct));
        }
    }
}
