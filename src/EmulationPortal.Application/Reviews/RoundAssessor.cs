using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// Gathers a round's evidence from what the portal holds (ratings, discipline, initiatives, earlier titles from award
/// records and issued decisions, the period's pledges with their measured completion, recognitions) and runs the engine
/// over every person and unit in scope.
/// Verdicts are worked out on every read while the round is open, so a corrected fact changes them at once; from
/// council on they are read from the snapshot taken on entering it (<see cref="VerdictSnapshots"/>).
/// </summary>
internal static class RoundAssessor
{
    public static async Task<RoundAssessment?> AssessAsync(PortalDbContext db, int roundId, CancellationToken ct)
    {
        var round = await db.ReviewRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }

        var ruleSet = await db.RuleSets.AsNoTracking().SingleAsync(r => r.Id == round.RuleSetId, ct);
        if (round.Status >= ReviewRoundStatus.Council && await VerdictSnapshots.FrozenAsync(db, round, ruleSet, ct) is { } frozen)
        {
            return frozen;
        }

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.ParentId, u.Kind }).ToListAsync(ct);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var scope = UnitScope.Subtree(round.ScopeUnitId, children);

        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        var people = await db.Users.AsNoTracking()
            .Where(u => scope.Contains(u.OrgUnitId) && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole))
            .Select(u => new { u.Id, u.FullName, u.StaffCode, u.OrgUnitId })
            .ToListAsync(ct);
        var evidence = await EvidenceAsync(db, round.Year, people.Select(p => (p.Id, p.OrgUnitId)).ToList(), ct);

        var assessed = people
            .OrderBy(p => p.StaffCode, StringComparer.Ordinal)
            .Select(p => new PersonAssessment(p.Id, p.FullName, p.StaffCode, p.OrgUnitId, evidence[p.Id],
                IndividualEligibility.Evaluate(ruleSet.Book, round.Year, evidence[p.Id])))
            .ToList();

        var unitRatings = await db.AnnualRatings.AsNoTracking().Where(r => r.Year == round.Year && r.UserId == null)
            .ToDictionaryAsync(r => r.OrgUnitId, r => r.Rating, ct);
        var collectives = units
            .Where(u => scope.Contains(u.Id))
            .Select(u =>
            {
                var subtree = UnitScope.Subtree(u.Id, children);
                var members = assessed.Where(p => subtree.Contains(p.UnitId)).Select(p => new MemberRecord(p.Evidence, p.Verdicts)).ToList();
                var rating = unitRatings.TryGetValue(u.Id, out var r) ? r : (DutyRating?)null;
                return new CollectiveAssessment(u.Id, u.Code, u.Name, u.ParentId, rating, members.Count,
                    CollectiveEligibility.Evaluate(ruleSet.Book, round.Year, rating, members));
            })
            .ToList();

        var nominations = await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId).OrderBy(n => n.Id).ToListAsync(ct);
        return new RoundAssessment(round, ruleSet, assessed, collectives, nominations, children);
    }

    private static async Task<Dictionary<string, PersonEvidence>> EvidenceAsync(PortalDbContext db, int year, List<(string Id, int UnitId)> people, CancellationToken ct)
    {
        var ids = people.Select(p => p.Id).ToList();
        var ratings = await db.AnnualRatings.AsNoTracking().Where(r => r.Year == year && r.UserId != null && ids.Contains(r.UserId))
            .ToDictionaryAsync(r => r.UserId!, r => r.Rating, ct);
        var discipline = (await db.DisciplineRecords.AsNoTracking().Where(d => ids.Contains(d.UserId)).ToListAsync(ct)).ToLookup(d => d.UserId);
        var awards = (await db.AwardRecords.AsNoTracking().Where(a => a.UserId != null && ids.Contains(a.UserId) && a.Year < year).ToListAsync(ct)).ToLookup(a => a.UserId!);
        var titles = await AwardHistoryQuery.PastTitlesAsync(db, awards, ids, year, ct);
        var usedBy = awards.SelectMany(a => a).Where(a => a.InitiativeCode != null).ToDictionary(a => a.InitiativeCode!, a => $"{a.Title} {a.Year}");
        var initiatives = await InitiativesAsync(db, ids, ct);
        var recognitions = await db.Recognitions.AsNoTracking().Where(r => r.UserId != null && ids.Contains(r.UserId) && r.RecognisedOn.Year == year)
            .GroupBy(r => r.UserId!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pledges = await PledgesAsync(db, year, ct);

        return people.ToDictionary(p => p.Id, p => new PersonEvidence(
            p.Id,
            p.UnitId,
            ratings.TryGetValue(p.Id, out var rating) ? rating : null,
            discipline[p.Id].Select(d => new DisciplineFact(d.Level, d.Year, d.Pending)).ToList(),
            initiatives[p.Id].Select(i => new InitiativeFact(i.Code!, i.Scope!.Value, i.DecidedOn!.Value.Year,
                usedBy.GetValueOrDefault(i.Code!) ?? (i.ConsumedYear < year ? i.ConsumedFor : null), i.Title)).ToList(),
            AcceptedResearch: false,
            titles[p.Id].ToList(),
            pledges[p.Id].ToList(),
            recognitions.GetValueOrDefault(p.Id)));
    }

    /// <summary>
    /// The recognised initiatives of each person, one fact per author (co-authors share it); consumed ones too, since
    /// an award of this very year may be the one that consumed it: only an earlier award makes it "used".
    /// </summary>
    private static async Task<ILookup<string, InitiativeRow>> InitiativesAsync(PortalDbContext db, List<string> ids, CancellationToken ct) =>
        (await (
                from a in db.InitiativeAuthors.AsNoTracking()
                join i in db.Initiatives on a.InitiativeId equals i.Id
                where ids.Contains(a.UserId) && (i.State == InitiativeState.Recognised || i.State == InitiativeState.Consumed)
                select new InitiativeRow(a.UserId, i.Code, i.Title, i.Scope, i.DecidedOn, i.ConsumedFor, i.ConsumedYear))
            .ToListAsync(ct))
        .ToLookup(i => i.UserId);

    private sealed record InitiativeRow(string UserId, string? Code, string Title, InitiativeScope? Scope, DateOnly? DecidedOn, string? ConsumedFor, int? ConsumedYear);

    /// <summary>Each individual pledge of a drive that started in the year, with its weighted completion from the latest report per item.</summary>
    private static async Task<ILookup<string, PledgeFact>> PledgesAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => p.UserId != null)
            .Join(db.Campaigns.Where(c => c.StartDate >= first && c.StartDate <= last), p => p.CampaignId, c => c.Id, (p, c) => new { p.Id, p.UserId, p.Status, c.Title })
            .ToListAsync(ct);
        var pledgeIds = pledges.Select(p => p.Id).ToList();
        var items = await db.PledgeItems.AsNoTracking().Where(i => pledgeIds.Contains(i.PledgeId))
            .Join(db.Criteria, i => i.CriterionId, c => c.Id, (i, c) => new { i.Id, i.PledgeId, i.CommittedValue, c.Direction, c.Weight })
            .ToListAsync(ct);
        var itemIds = items.Select(i => (int?)i.Id).ToList();
        var latest = (await db.ProgressReports.AsNoTracking().Where(r => itemIds.Contains(r.PledgeItemId) && !r.IsSuperseded)
                .Select(r => new { r.PledgeItemId, r.AsOf, r.Id, r.Value }).ToListAsync(ct))
            .GroupBy(r => r.PledgeItemId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id).First().Value);
        var byPledge = items.ToLookup(i => i.PledgeId);

        return pledges.ToLookup(p => p.UserId!, p => new PledgeFact(p.Title, p.Status, OverallCompletion.Weighted(byPledge[p.Id].Where(i => i.CommittedValue is not null)
            .Select(i => (i.Weight, Completion.Of(i.Direction, i.CommittedValue, latest.TryGetValue(i.Id, out var v) ? v : null))))));
    }
}
