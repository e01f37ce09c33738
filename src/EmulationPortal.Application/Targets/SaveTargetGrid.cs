using System.Globalization;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Targets;

/// <summary>
/// Saves a drive's whole target grid at once. Every target the admin loaded is checked against its version, so a grid
/// gone stale (someone saved targets meanwhile) saves nothing and reports a conflict.
/// </summary>
public sealed class SaveTargetGrid(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <summary>A cell of the grid: the value typed (null = empty) and the version loaded (null = there was no target).</summary>
    public sealed record Cell(int OrgUnitId, int CriterionId, double? Value, Guid? Version);

    public sealed record Request(int CampaignId, IReadOnlyList<Cell> Cells);

    /// <summary>The field name a cell's error is reported under, so the page puts it next to that cell.</summary>
    public static string FieldOf(int orgUnitId, int criterionId) => string.Create(CultureInfo.InvariantCulture, $"{orgUnitId}:{criterionId}");

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var campaign = await db.Campaigns.Include(c => c.Criteria).Include(c => c.Units).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == request.CampaignId, ct);
        if (campaign is null)
        {
            return Outcome.NotFound();
        }

        if (campaign.Status is CampaignStatus.Closed or CampaignStatus.Archived)
        {
            return Outcome.Broken(new DomainRuleException("targets.locked", "A closed or archived drive's targets cannot change."));
        }

        var criteria = campaign.Criteria.ToDictionary(c => c.Id);
        if (ErrorsIn(request.Cells, criteria, campaign.Units.Select(u => u.OrgUnitId).ToHashSet()) is { Count: > 0 } errors)
        {
            return new Outcome(OutcomeStatus.Invalid, errors);
        }

        var existing = await db.UnitTargets.Where(t => t.CampaignId == campaign.Id).ToDictionaryAsync(t => (t.OrgUnitId, t.CriterionId), ct);
        return await db.GuardAsync(async () =>
        {
            UpdateExisting(db, campaign.Status, existing, request.Cells.ToDictionary(c => (c.OrgUnitId, c.CriterionId)), criteria);
            var added = request.Cells.Where(c => c.Value is not null && !existing.ContainsKey((c.OrgUnitId, c.CriterionId))).ToList();
            if (added.Any(c => c.Version is not null))
            {
                return Outcome.Conflict(); // a target the admin saw has been removed meanwhile
            }

            db.UnitTargets.AddRange(added.Select(c => new UnitTarget(campaign.Id, c.OrgUnitId, criteria[c.CriterionId], c.Value!.Value)));
            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        });
    }

    private static List<FieldError> ErrorsIn(IReadOnlyList<Cell> cells, Dictionary<int, Criterion> criteria, HashSet<int> units) => cells
        .Where(c => !units.Contains(c.OrgUnitId) || !criteria.ContainsKey(c.CriterionId))
        .Select(c => new FieldError(FieldOf(c.OrgUnitId, c.CriterionId), "target.cell.unknown", "The unit or criterion is not part of this drive."))
        .Concat(cells
            .Where(c => c.Value is { } v && criteria.TryGetValue(c.CriterionId, out var criterion) && !criterion.Accepts(v))
            .Select(c => new FieldError(FieldOf(c.OrgUnitId, c.CriterionId), $"target.value.{criteria[c.CriterionId].Measure}", "The target does not fit the criterion's measure.")))
        .ToList();

    /// <summary>Every stored target is checked against the version the admin loaded, changed, or (in a draft) removed.</summary>
    private static void UpdateExisting(PortalDbContext db, CampaignStatus status, Dictionary<(int, int), UnitTarget> existing,
        Dictionary<(int OrgUnitId, int CriterionId), Cell> cells, Dictionary<int, Criterion> criteria)
    {
        foreach (var (key, target) in existing)
        {
            // A target the admin never saw (added meanwhile) makes the grid stale as surely as a changed one.
            var cell = cells.GetValueOrDefault(key);
            var entry = db.Entry(target);
            entry.Property(t => t.Version).OriginalValue = cell?.Version ?? Guid.Empty;
            entry.Property(t => t.Version).IsModified = true;
            if (cell is { Value: null })
            {
                if (status != CampaignStatus.Draft)
                {
                    throw new DomainRuleException("targets.clear.notDraft", "An open drive's targets can be changed but not removed.");
                }

                db.UnitTargets.Remove(target);
            }
            else if (cell is { Value: { } value })
            {
                target.SetValue(criteria[target.CriterionId], value);
            }
        }
    }
}
