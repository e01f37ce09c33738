using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Progress;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>The owner of a pledge reports the value reached on one of its items; earlier reports stay as history.</summary>
public sealed class ReportPledgeProgress(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ProgressEntryForm> validator) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, ProgressEntryForm form, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var pledge = await db.Pledges.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.Items.Any(i => i.Id == form.Key), ct);
        if (pledge is null)
        {
            return Outcome.NotFound();
        }

        if (!user.Owns(pledge))
        {
            return Outcome.Forbidden();
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == pledge.CampaignId, ct);
        var item = pledge.Items.Single(i => i.Id == form.Key);
        return await db.SaveAsync(() =>
        {
            pledge.EnsureAcceptsProgress();
            db.ProgressReports.Add(ProgressReport.OnPledgeItem(campaign, campaign.Criteria.Single(c => c.Id == item.CriterionId), item.Id,
                form.Value!.Value, DateOnly.FromDateTime(form.AsOf!.Value), clock.Today(), form.Note, user.UserId, clock.GetUtcNow().UtcDateTime));
        }, ct);
    }
}
