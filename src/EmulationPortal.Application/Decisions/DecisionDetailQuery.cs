using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Decisions;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>One decision with its lines, for those who manage decisions and the council members of its round; null when absent or not theirs to read.</summary>
public sealed class DecisionDetailQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<DecisionDetail?> ExecuteAsync(ICurrentUser user, int decisionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.AwardDecisions.AsNoTracking().Include(x => x.Lines).SingleOrDefaultAsync(x => x.Id == decisionId, ct);
        return d is null || !await DecisionAccess.MayReadAsync(db, user, d.RoundId, ct)
            ? null
            : await DetailAsync(db, d, ct) with { Manages = DecisionAccess.MayManage(user) };
    }

    /// <summary>The register of a year: every decision issued in it (revoked ones included, marked), in number order; for those who manage decisions.</summary>
    public async Task<IReadOnlyList<DecisionDetail>?> RegisterAsync(ICurrentUser user, int year, CancellationToken ct = default)
    {
        if (!DecisionAccess.MayManage(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decisions = await db.AwardDecisions.AsNoTracking().Include(x => x.Lines)
            .Where(x => x.Year == year).OrderBy(x => x.IssuingUnitId).ThenBy(x => x.Sequence).ToListAsync(ct);
        var details = new List<DecisionDetail>(decisions.Count);
        foreach (var decision in decisions)
        {
            details.Add(await DetailAsync(db, decision, ct));
        }

        return details.Select(d => d with { Manages = true }).ToList();
    }

    private static async Task<DecisionDetail> DetailAsync(PortalDbContext db, AwardDecision d, CancellationToken ct)
    {
        var round = await db.ReviewRounds.Where(r => r.Id == d.RoundId).Select(r => r.Name).SingleAsync(ct);
        var unit = await db.OrgUnits.Where(u => u.Id == d.IssuingUnitId).Select(u => u.Name).SingleAsync(ct);
        var actors = new[] { d.DraftedByUserId, d.IssuedByUserId, d.RevokedByUserId }.OfType<string>().ToList();
        var names = await db.Users.Where(u => actors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        string? Name(string? id) => id is null ? null : names.GetValueOrDefault(id, id);
        return new DecisionDetail(d.Id, d.Version, d.RoundId, round, unit, d.Status, d.Number, d.DecidedOn, d.SignerName, d.SignerTitle, d.LegalBasis,
            Name(d.DraftedByUserId)!, Name(d.IssuedByUserId), d.IssuedAtUtc, Name(d.RevokedByUserId), d.RevokedAtUtc, d.RevocationReason,
            d.Lines.OrderBy(l => l.Id).Select(l => new DecisionDetail.Line(l.Id, l.GoldenBookNumber, l.Title, l.TitleName, l.RecipientName, l.UnitName,
                l.PersonId is not null, l.Bonus, l.ByCompetentPerson, l.Included, l.VerificationCode)).ToList());
    }
}
