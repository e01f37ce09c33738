using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Drafts the decision of a round in council or decided: a line for every nomination the council approved or left to
/// the competent person, with the bonus its rule set gives, and the rule set's instruments as legal basis; audited.
/// A round has at most one draft or issued decision; after a revocation a new one may be drafted.
/// </summary>
public sealed class DraftDecision(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record Request(int RoundId, string SignerName, string SignerTitle);

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!DecisionAccess.MayManage(user))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var round = await db.ReviewRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RoundId, ct);
        if (round is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        if (await db.AwardDecisions.AnyAsync(d => d.RoundId == round.Id && d.Status != DecisionStatus.Revoked, ct))
        {
            return new(OutcomeStatus.RuleBroken, [], RuleCode: "decision.roundHasDecision");
        }

        var book = await db.RuleSets.Where(s => s.Id == round.RuleSetId).Select(s => s.Book).SingleAsync(ct);
        return await db.GuardAsync(async () =>
        {
            var decision = new AwardDecision(round, LegalBasis(book), await LinesAsync(db, round, book, ct), user.UserId, clock.GetUtcNow().UtcDateTime);
            decision.SetSigner(request.SignerName, request.SignerTitle);
            db.AwardDecisions.Add(decision);
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(decision.Id);
        });
    }

    /// <summary>"Căn cứ …;" for each instrument of the rule set, one a line.</summary>
    internal static string LegalBasis(RuleBook book) => string.Join('\n', book.Instruments.Select(i => $"Căn cứ {i.Name};"));

    /// <summary>A nomination's line: the person's (or collective's) name and unit as they are now, the title as the rule set names it, its bonus.</summary>
    internal static DecisionLine LineFor(Nomination n, RuleBook book, IReadOnlyDictionary<string, string> people, IReadOnlyDictionary<int, string> units) =>
        DecisionLine.For(n, n.PersonId is { } person ? people[person] : units[n.SubjectUnitId], units[n.SubjectUnitId], book.Title(n.Title).CivilianName, book.BonusFor(n.Title));

    private static async Task<List<DecisionLine>> LinesAsync(PortalDbContext db, ReviewRound round, RuleBook book, CancellationToken ct)
    {
        var nominations = await db.Nominations.AsNoTracking()
            .Where(n => n.RoundId == round.Id && n.Status == NominationStatus.Accepted
                && (n.CouncilOutcome == CouncilOutcome.Approved || n.CouncilOutcome == CouncilOutcome.LeftToCompetentPerson))
            .OrderBy(n => n.Title).ThenBy(n => n.Id)
            .ToListAsync(ct);
        var personIds = nominations.Where(n => n.PersonId is not null).Select(n => n.PersonId!).ToList();
        var people = await db.Users.Where(u => personIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return nominations.Select(n => LineFor(n, book, people, units)).ToList();
    }
}
