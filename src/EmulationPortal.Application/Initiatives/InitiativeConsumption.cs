using EmulationPortal.Application.Data;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// When a decision is issued, each initiative that supported an awarded person's title (the verdict's
/// <see cref="Verdict.InitiativeUsed"/>) is consumed by that award: one initiative supports one award only
/// (Decree 152/2025 Art. 4). Runs inside the transaction, so both stand or neither does.
/// </summary>
internal static class InitiativeConsumption
{
    public static async Task ConsumeAsync(PortalDbContext db, AwardDecision decision, ReviewRound round, CancellationToken ct)
    {
        var lines = decision.Lines.Where(l => l.Included && l.PersonId is not null).ToList();
        if (lines.Count == 0 || await RoundAssessor.AssessAsync(db, round.Id, ct) is not { } assessment)
        {
            return;
        }

        var people = assessment.People.ToDictionary(p => p.UserId);
        var used = lines
            .Select(l => (Line: l, Code: people.TryGetValue(l.PersonId!, out var p) ? p.Verdicts.FirstOrDefault(v => v.Title == l.Title)?.InitiativeUsed : null))
            .Where(x => x.Code is not null)
            .ToList();
        var codes = used.Select(x => x.Code).ToList();
        var initiatives = await db.Initiatives.Where(i => codes.Contains(i.Code) && i.State == InitiativeState.Recognised).ToDictionaryAsync(i => i.Code!, ct);
        foreach (var (line, code) in used)
        {
            if (initiatives.Remove(code!, out var initiative))
            {
                initiative.Consume($"{line.TitleName} {round.Year}", round.Year, decision.Id);
            }
        }
    }
}
