using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Progress;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// Corrects a wrong report (issue 10): a new report with the right value and the reason supersedes it; the wrong one
/// stays in the history, marked, and both are audited. Only who may report on the item or target may correct it. A
/// report already superseded, or changed since the user read it (a second correction at the same moment), is a conflict.
/// </summary>
public sealed class CorrectProgress(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ProgressCorrectionForm> validator) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, ProgressCorrectionForm form, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var report = await db.ProgressReports.SingleOrDefaultAsync(r => r.Id == form.ReportId, ct);
        if (report is null)
        {
            return Outcome.NotFound();
        }

        return await db.GuardAsync(async () =>
        {
            if (!await MayCorrectAsync(db, user, report, ct))
            {
                return Outcome.Forbidden();
            }

            if (report.IsSuperseded)
            {
                return Outcome.Conflict();
            }

            db.ExpectVersion(report, form.Version);
            var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == report.CampaignId, ct);
            db.ProgressReports.Add(report.CorrectedBy(campaign, campaign.Criteria.Single(c => c.Id == report.CriterionId),
                form.Value!.Value, form.Reason!, clock.Today(), user.UserId, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        });
    }

    /// <summary>The pledge's owner while it is live, or the target's unit leader: whoever may report on it now.</summary>
    private static async Task<bool> MayCorrectAsync(PortalDbContext db, ICurrentUser user, ProgressReport report, CancellationToken ct)
    {
        if (report.UnitTargetId is { } targetId)
        {
            return user.ReportsOn(await db.UnitTargets.AsNoTracking().SingleAsync(t => t.Id == targetId, ct));
        }

        var pledge = await db.Pledges.AsNoTracking().SingleAsync(p => p.Items.Any(i => i.Id == report.PledgeItemId), ct);
        if (!user.Owns(pledge))
        {
            return false;
        }

        pledge.EnsureAcceptsProgress();
        return true;
    }
}
