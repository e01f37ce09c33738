using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Builds a <see cref="CampaignDashboard"/> from a handful of grouped queries (one per kind of figure, never one per
/// unit): counts per unit come from SQL; the small per-unit and per-target rows are rolled up over the tree here.
/// Counting rules: only active participating units the user may see; a unit's people are its <see cref="UnitHeadcounts"/>,
/// a pledge counts in the unit that owns it (which a running drive's pledge follows when its author moves, docs/adr/0005);
/// a unit's own targets give its completion.
/// </summary>
internal static class CampaignDashboardReader
{
    /// <summary>Null when the drive does not exist or the user may not read it (<see cref="CampaignAccess"/>).</summary>
    public static async Task<CampaignDashboard?> ReadAsync(PortalDbContext db, ICurrentUser user, int campaignId, IReadOnlySet<int> visibleUnits, DateOnly today, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .ReadableBy(db, user)
            .Select(c => new { c.Id, c.Title, c.OwnerUnitId, c.StartDate, c.EndDate, c.PledgeDeadline, c.LaunchDeadline })
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return null;
        }

        var criteria = await db.Criteria.AsNoTracking()
            .Where(c => c.CampaignId == campaignId)
            .OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Name, c.UnitOfMeasure, c.Direction, c.Weight })
            .ToListAsync(ct);

        var participating = (await (
                from cu in db.CampaignUnits.AsNoTracking()
                join u in db.OrgUnits on cu.OrgUnitId equals u.Id
                where cu.CampaignId == campaignId && u.IsActive
                select new { u.Id, u.Code, u.Name, u.Kind, u.ParentId, cu.LaunchedAtUtc })
            .ToListAsync(ct))
            .Where(u => visibleUnits.Contains(u.Id))
            .ToDictionary(u => u.Id);

        // The headcount every page shows (HR's figure, not the accounts): participation is people pledged over it.
        var headcounts = await UnitHeadcounts.LoadAsync(db, ct);

        var individual = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Individual)
            .GroupBy(p => new { p.OrgUnitId, p.Status })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);

        var collective = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Collective
                && (p.Status == PledgeStatus.Submitted || p.Status == PledgeStatus.Accepted))
            .Select(p => p.OrgUnitId)
            .ToListAsync(ct);

        var targets = await db.UnitTargets.AsNoTracking()
            .Where(t => t.CampaignId == campaignId)
            .Select(t => new { t.Id, t.OrgUnitId, t.CriterionId, t.TargetValue })
            .ToListAsync(ct);

        // The last report of each target on each as-of day (ties broken by Id), superseded ones aside: the current figure and the history.
        // Reached through the drive's targets, so the database walks the (UnitTargetId, AsOf) index rather than every
        // report of the drive (millions of them are on pledge items).
        var points = await (
                from t in db.UnitTargets.AsNoTracking()
                join r in db.ProgressReports on t.Id equals r.UnitTargetId
                where t.CampaignId == campaignId && !r.IsSuperseded
                    && r.Id == db.ProgressReports.Where(o => o.UnitTargetId == t.Id && o.AsOf == r.AsOf && !o.IsSuperseded).Max(o => o.Id)
                select new TargetPoint(t.Id, r.AsOf, r.Value))
            .ToListAsync(ct);

        var direction = criteria.ToDictionary(c => c.Id, c => c.Direction);
        var shownTargets = targets.Where(t => participating.ContainsKey(t.OrgUnitId) && direction.ContainsKey(t.CriterionId)).ToDictionary(t => t.Id);
        var history = points.Where(p => shownTargets.ContainsKey(p.TargetId)).OrderBy(p => p.AsOf).ToLookup(p => p.TargetId);

        // Tens of thousands of targets at ministry scale: look them up by id, and walk each one's few points in date order.
        double? CompletionOn(int targetId, DateOnly asOf)
        {
            var target = shownTargets[targetId];
            var latest = history[targetId].LastOrDefault(p => p.AsOf <= asOf);
            return Completion.Of(direction[target.CriterionId], target.TargetValue, latest?.Value);
        }

        var lastDay = DateOnly.MaxValue;
        var cells = shownTargets.Values.ToDictionary(
            t => (t.OrgUnitId, t.CriterionId),
            t => new TargetCell(t.CriterionId, t.TargetValue, history[t.Id].LastOrDefault()?.Value, CompletionOn(t.Id, lastDay)));

        var elapsed = ElapsedShare(campaign.StartDate, campaign.EndDate, today);
        var subtreeParticipants = new Dictionary<int, int>();
        var children = participating.Values.Where(u => u.ParentId is { } p && participating.ContainsKey(p)).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var participants = individual.Where(i => IsLive(i.Status)).GroupBy(i => i.OrgUnitId).ToDictionary(g => g.Key, g => g.Sum(i => i.Count));
        int Participants(int unitId) => participants.GetValueOrDefault(unitId);

        int Subtree(int unitId)
        {
            if (!subtreeParticipants.TryGetValue(unitId, out var total))
            {
                total = Participants(unitId) + children[unitId].Sum(Subtree);
                subtreeParticipants[unitId] = total;
            }

            return total;
        }

        var unitFigures = new List<UnitFigure>();
        void Visit(int unitId, int depth)
        {
            var unit = participating[unitId];
            var (unitStaff, unitParticipants) = (headcounts.Of(unitId), Subtree(unitId));
            var unitCells = criteria.Select(c => cells.GetValueOrDefault((unitId, c.Id)) ?? new TargetCell(c.Id, null, null, null)).ToList();
            var completion = Completion.Weighted(criteria.Select((c, i) => (c.Weight, unitCells[i].Completion)));
            double? participation = unitStaff == 0 ? null : (double)unitParticipants / unitStaff;
            var behind = participation < CampaignDashboard.ParticipationThreshold || completion < elapsed;
            unitFigures.Add(new UnitFigure(unit.Id, unit.Code, unit.Name, unit.Kind, unit.ParentId, depth, unitStaff, unitParticipants, unitCells, completion, behind));
            foreach (var child in children[unitId].OrderBy(id => participating[id].Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in participating.Values.Where(u => u.ParentId is not { } p || !participating.ContainsKey(p)).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            Visit(root.Id, 0);
        }

        var dates = history.SelectMany(h => h).Select(p => p.AsOf).Distinct().Order().ToList();
        var targetsOf = shownTargets.Values.ToLookup(t => t.CriterionId, t => t.Id);
        var series = criteria
            .Select(c => new CriterionSeries(c.Id, c.Name, dates
                .Select(d => MeanCapped(targetsOf[c.Id].Select(t => CompletionOn(t, d))))
                .ToList()))
            .ToList();

        var criterionFigures = criteria
            .Select((c, i) =>
            {
                var reported = unitFigures.Select(u => u.Cells[i].Completion).Where(x => x is not null).ToList();
                return new CriterionFigure(c.Id, c.Name, c.UnitOfMeasure, c.Direction, c.Weight, MeanCapped(reported), reported.Count);
            })
            .ToList();

        var shown = participating.Keys.ToHashSet();
        var statusCounts = Enum.GetValues<PledgeStatus>().ToDictionary(
            s => s,
            s => individual.Where(i => i.Status == s && shown.Contains(i.OrgUnitId)).Sum(i => i.Count));

        var launches = campaign.LaunchDeadline is null
            ? []
            : participating.Values
                .Where(u => u.ParentId == campaign.OwnerUnitId)
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u =>
                {
                    DateOnly? day = u.LaunchedAtUtc is { } at ? DateOnly.FromDateTime(FactoryTime.ToLocal(at)) : null;
                    return new LaunchRecord(u.Id, u.Code, u.Name, day, CampaignUnit.StateOf(day, campaign.LaunchDeadline, today));
                })
                .ToList();

        return new CampaignDashboard(
            campaign.Id,
            campaign.Title,
            campaign.StartDate,
            campaign.EndDate,
            campaign.LaunchDeadline,
            today,
            new CampaignPeriod(campaign.StartDate, campaign.EndDate, campaign.PledgeDeadline, null).DaysRemaining(today),
            elapsed,
            headcounts.Covering(shown),
            shown.Sum(Participants),
            statusCounts,
            collective.Count(shown.Contains),
            Completion.Weighted(criterionFigures.Select(c => (c.Weight, c.Completion))),
            criterionFigures,
            unitFigures,
            launches,
            new ProgressHistory(dates, series));
    }

    /// <summary>Share of the period gone by today, both ends counted: the pace a unit's completion should keep.</summary>
    public static double ElapsedShare(DateOnly start, DateOnly end, DateOnly today)
    {
        var length = end.DayNumber - start.DayNumber + 1;
        var gone = Math.Clamp(today.DayNumber - start.DayNumber + 1, 0, length);
        return (double)gone / length;
    }

    private static bool IsLive(PledgeStatus status) => status is PledgeStatus.Submitted or PledgeStatus.Accepted;

    /// <summary>The mean of the reported completions, each capped at 100%; null when none was reported.</summary>
    private static double? MeanCapped(IEnumerable<double?> completions)
    {
        var reported = completions.OfType<double>().Select(c => Math.Min(c, 1)).ToList();
        return reported.Count == 0 ? null : reported.Average();
    }

    private sealed record TargetPoint(int TargetId, DateOnly AsOf, double Value);
}
