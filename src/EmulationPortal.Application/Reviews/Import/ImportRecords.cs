using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// Saves a unit's ratings or earlier titles, all or nothing: the rows are checked again (the preview may be stale) and
/// one bad row refuses the whole file. One transaction, audited row by row. A rating replaces the subject's rating of
/// that year (one per subject and year); a title is added to the record "3 consecutive years" is counted on.
/// </summary>
public sealed class ImportRecords(IDbContextFactory<PortalDbContext> dbFactory, IValidator<RecordRow> validator, TimeProvider clock) : IUseCase
{
    /// <summary>A unit leader for their subtree; the political department (and admins) for every unit.</summary>
    public static bool MayImport(ICurrentUser user) => ReviewAccess.MayManage(user) || ReviewAccess.MayNominate(user);

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, RecordKind kind, IReadOnlyList<RecordRow> rows, CancellationToken ct = default)
    {
        if (!MayImport(user))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var checks = await new RecordRowChecker(validator).CheckAsync(db, user, kind, clock.Today().Year, rows, ct);
        if (rows.Count == 0 || checks.Any(c => !c.IsValid))
        {
            return Outcome<int>.From(Outcome.Broken(new DomainRuleException("import.has-errors", "Fix the rows with errors first.")));
        }

        return await db.GuardAsync(async () =>
        {
            if (kind == RecordKind.Ratings)
            {
                await RateAsync(db, checks, ct);
            }
            else
            {
                db.AwardRecords.AddRange(checks.Select(c => new AwardRecord(c.Year, c.Title!.Value, c.UnitId!.Value, c.UserId, c.AdHoc,
                    c.Row.InitiativeCode.Length > 0 ? UserText.Normalize(c.Row.InitiativeCode).ToUpperInvariant() : null)));
            }

            // One save: the changes and their audit entries in one transaction.
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(checks.Count);
        });
    }

    /// <summary>Replaces the ratings already on record for the same subjects and years, adds the others.</summary>
    private static async Task RateAsync(PortalDbContext db, IReadOnlyList<RecordRowCheck> checks, CancellationToken ct)
    {
        var years = checks.Select(c => c.Year).Distinct().ToList();
        var units = checks.Select(c => c.UnitId!.Value).Distinct().ToList();
        var people = checks.Where(c => c.UserId is not null).Select(c => c.UserId!).Distinct().ToList();
        var existing = await db.AnnualRatings
            .Where(r => years.Contains(r.Year) && ((r.UserId != null && people.Contains(r.UserId)) || (r.UserId == null && units.Contains(r.OrgUnitId))))
            .ToListAsync(ct);
        foreach (var check in checks)
        {
            var current = existing.FirstOrDefault(r => r.Year == check.Year && r.UserId == check.UserId && (check.UserId is not null || r.OrgUnitId == check.UnitId));
            if (current is not null)
            {
                current.Rating = check.Rating!.Value;
            }
            else
            {
                db.AnnualRatings.Add(new AnnualRating(check.Year, check.UnitId!.Value, check.UserId, check.Rating!.Value));
            }
        }
    }
}
