using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Recognitions;

/// <summary>
/// Suggestions, never decisions: the people with the highest completion of their own pledge who reported on every
/// item, and the units with the highest completion of their targets. A person records the recognition.
/// </summary>
public sealed class RecognitionCandidatesQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public const int Top = 5;

    public sealed record PersonCandidate(string UserId, string FullName, int OrgUnitId, string UnitName, double Completion, int Items);

    public sealed record UnitCandidate(int OrgUnitId, string UnitName, double Completion);

    public sealed record Candidates(IReadOnlyList<PersonCandidate> People, IReadOnlyList<UnitCandidate> Units);

    public async Task<Outcome<Candidates>> ForAsync(ICurrentUser user, int campaignId, CancellationToken ct = default)
    {
        if (!RecognitionAccess.MayManage(user))
        {
            return Outcome<Candidates>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = await db.VisibleUnitsAsync(user, ct);
        if (await CampaignDashboardReader.ReadAsync(db, user, campaignId, visible, clock.Today(), ct) is not { } dashboard)
        {
            return Outcome<Candidates>.From(Outcome.NotFound());
        }

        // One row per item of a live individual pledge with its latest report (by as-of date, then id); completion in C# by Completion.Of.
        var items = await (
                from item in db.PledgeItems.AsNoTracking()
                join pledge in db.Pledges on item.PledgeId equals pledge.Id
                join criterion in db.Criteria on item.CriterionId equals criterion.Id
                join person in db.Users on pledge.UserId equals person.Id
                join unit in db.OrgUnits on person.OrgUnitId equals unit.Id
                where pledge.CampaignId == campaignId && pledge.Kind == PledgeKind.Individual
                    && (pledge.Status == PledgeStatus.Submitted || pledge.Status == PledgeStatus.Accepted) && unit.IsActive
                select new
                {
                    person.Id,
                    person.FullName,
                    UnitId = unit.Id,
                    UnitName = unit.Name,
                    criterion.Direction,
                    criterion.Weight,
                    item.CommittedValue,
                    Latest = db.ProgressReports.Where(r => r.PledgeItemId == item.Id && !r.IsSuperseded)
                        .OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id).Select(r => (double?)r.Value).FirstOrDefault(),
                })
            .ToListAsync(ct);

        var people = items
            .Where(i => visible.Contains(i.UnitId))
            .GroupBy(i => (i.Id, i.FullName, i.UnitId, i.UnitName))
            .Where(g => g.All(i => i.Latest is not null))
            .Select(g => new PersonCandidate(g.Key.Id, g.Key.FullName, g.Key.UnitId, g.Key.UnitName,
                OverallCompletion.Weighted(g.Select(i => (i.Weight, Completion.Of(i.Direction, i.CommittedValue, i.Latest))))!.Value, g.Count()))
            .OrderByDescending(p => p.Completion).ThenBy(p => p.FullName, StringComparer.CurrentCulture)
            .Take(Top)
            .ToList();

        var units = dashboard.Units
            .Where(u => u.Completion is { Reported: > 0 })
            .OrderByDescending(u => u.Completion!.Value).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Take(Top)
            .Select(u => new UnitCandidate(u.OrgUnitId, u.Name, u.Completion!.Value))
            .ToList();

        return Outcome<Candidates>.Ok(new Candidates(people, units));
    }
}
