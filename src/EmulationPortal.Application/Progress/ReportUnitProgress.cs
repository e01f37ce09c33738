using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Progress;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>A unit leader reports the value their unit reached on one of its targets; earlier reports stay as history.</summary>
public sealed class ReportUnitProgress(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ProgressEntryForm> validator) : IUseCase
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
        var target = await db.UnitTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == form.Key, ct);
        if (target is null)
        {
            return Outcome.NotFound();
        }

        if (!user.ReportsOn(target))
        {
            return Outcome.Forbidden();
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == target.CampaignId, ct);
        return await db.SaveAsync(() => db.ProgressReports.Add(ProgressReport.OnUnitTarget(campaign, campaign.Criteria.Single(c => c.Id == target.CriterionId), target.Id,
            form.Value!.Value, DateOnly.FromDateTime(form.AsOf!.Value), clock.Today(), form.Note, user.UserId, clock.GetUtcNow().UtcDateTime)), ct);
    }
}
