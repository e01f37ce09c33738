using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// Freezes a round's verdicts when it enters council and reads the round back from them: what the council deliberated
/// and the decision cites must not move when a rating or a record is corrected afterwards.
/// </summary>
internal static class VerdictSnapshots
{
    /// <summary>One row per person and per collective of the assessment, as the engine concluded at <paramref name="nowUtc"/>.</summary>
    public static IEnumerable<VerdictSnapshot> Of(RoundAssessment assessment, DateTime nowUtc)
    {
        var roundId = assessment.Round.Id;
        return assessment.People
            .Select(p => VerdictSnapshot.OfPerson(roundId, nowUtc, p.FullName, p.StaffCode, p.Evidence, p.Verdicts))
            .Concat(assessment.Collectives.Select(c => VerdictSnapshot.OfCollective(roundId, nowUtc, c.UnitId, c.Code, c.Name, c.ParentId, c.Rating, c.Members, c.Verdicts)));
    }

    /// <summary>The round as frozen, or null when it has no snapshot (still open, or entered council before snapshots were kept).</summary>
    public static async Task<RoundAssessment?> FrozenAsync(PortalDbContext db, ReviewRound round, RuleSet ruleSet, CancellationToken ct)
    {
        var rows = await db.VerdictSnapshots.AsNoTracking().Where(s => s.RoundId == round.Id).OrderBy(s => s.Id).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var people = rows.Where(s => s.IsPerson)
            .Select(s => new PersonAssessment(s.PersonId!, s.Name, s.Code, s.UnitId, s.Evidence!, s.Verdicts))
            .ToList();
        var collectives = rows.Where(s => !s.IsPerson)
            .Select(s => new CollectiveAssessment(s.UnitId, s.Code ?? string.Empty, s.Name, s.ParentId, s.Rating, s.Members, s.Verdicts))
            .ToList();

        // The scope's tree as it was: a unit moved or added later does not change who took part.
        var children = collectives.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value, c => c.UnitId);
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.RoundId == round.Id).OrderBy(n => n.Id).ToListAsync(ct);
        return new RoundAssessment(round, ruleSet, people, collectives, nominations, children);
    }
}
