using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// Counts a recognised initiative toward the initiative criterion of the drive running today in which its unit has a
/// target: a report on that target, one more than the figure as it stood, noted with the code and linked from the
/// initiative. The link is set once, so the initiative never counts twice; the report sits in the target's history like
/// a typed one, so whoever types the next cumulative figure sees it already counted.
/// </summary>
internal static class InitiativeTally
{
    public static async Task CountAsync(PortalDbContext db, Initiative initiative, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var target = await db.UnitTargets.AsNoTracking()
            .Where(t => t.OrgUnitId == initiative.OrgUnitId)
            .Join(db.Criteria.Where(c => c.CountsInitiatives), t => t.CriterionId, c => c.Id, (t, c) => t)
            .Join(db.Campaigns.Where(c => c.StartDate <= today && c.EndDate >= today), t => t.CampaignId, c => c.Id, (t, c) => new { t.Id, t.CampaignId, t.CriterionId, c.StartDate })
            .OrderBy(t => t.StartDate).ThenBy(t => t.Id)
            .FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return;
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleAsync(c => c.Id == target.CampaignId, ct);
        if (!campaign.AcceptsProgress)
        {
            return;
        }

        var criterion = campaign.Criteria.Single(c => c.Id == target.CriterionId);
        var figure = await db.ProgressReports.Where(r => r.UnitTargetId == target.Id && !r.IsSuperseded && r.AsOf <= today)
            .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id).Select(r => (double?)r.Value).FirstOrDefaultAsync(ct) ?? 0;
        var report = ProgressReport.OnUnitTarget(campaign, criterion, target.Id, figure + 1, today, today,
            $"Sáng kiến {initiative.Code} được Hội đồng sáng kiến công nhận", db.ActingUserId ?? initiative.CreatedByUserId, nowUtc);
        db.ProgressReports.Add(report);
        await db.SaveChangesAsync(ct);
        initiative.CountedBy(report.Id);
    }
}
