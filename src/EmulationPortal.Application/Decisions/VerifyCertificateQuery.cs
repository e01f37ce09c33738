using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Decisions;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// The public check of a certificate's code, for anyone without signing in: only what the certificate itself shows
/// (name, title, decision number and date, issuing unit) and whether the decision stands. Nothing else is read out.
/// </summary>
public sealed class VerifyCertificateQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Result(string RecipientName, string TitleName, string Number, DateOnly DecidedOn, string IssuingUnit, bool Revoked);

    public async Task<Result?> ExecuteAsync(string code, CancellationToken ct = default)
    {
        if (code.Length != DecisionLine.CodeLength)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.DecisionLines.AsNoTracking()
            .Where(l => l.VerificationCode == code)
            .Join(db.AwardDecisions, l => l.DecisionId, d => d.Id, (l, d) => new { l.RecipientName, l.TitleName, d.Number, d.DecidedOn, d.IssuingUnitId, d.Status })
            .Where(x => x.Status != DecisionStatus.Draft)
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var unit = await db.OrgUnits.Where(u => u.Id == found.IssuingUnitId).Select(u => u.Name).SingleAsync(ct);
        return new(found.RecipientName, found.TitleName, found.Number!, found.DecidedOn!.Value, unit, found.Status == DecisionStatus.Revoked);
    }
}
