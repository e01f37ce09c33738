using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Users.Import;

/// <summary>
/// Saves the rows the admin kept, all or nothing: the rows are checked again (the preview may be stale) and one bad
/// row refuses the whole import. Rows go in batches inside one transaction, reporting progress after each batch.
/// Imported accounts get no password: hashing one per row would take minutes for thousands of rows, and a shared
/// initial password would be a secret in a spreadsheet. An admin gives each person a password with "reset password".
/// </summary>
public sealed class ImportStaff(
    IDbContextFactory<PortalDbContext> dbFactory, IValidator<StaffRow> validator, ILookupNormalizer normalizer) : IUseCase
{
    public const int BatchSize = 500;

    public async Task<Outcome<int>> ExecuteAsync(
        ICurrentUser user, IReadOnlyList<StaffRow> rows, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var checks = await new StaffRowChecker(validator, normalizer).CheckAsync(db, rows, ct);
        if (rows.Count == 0 || checks.Any(c => !c.IsValid))
        {
            return Outcome<int>.From(Outcome.Broken(new DomainRuleException("import.has-errors", "Fix or skip the rows with errors first.")));
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var saved = 0;
            foreach (var batch in checks.Chunk(BatchSize))
            {
                db.ChangeTracker.Clear();
                var accounts = batch.Select(c => (Account: NewAccount(c), RoleId: roleIds[c.Role!])).ToList();
                db.Users.AddRange(accounts.Select(a => a.Account));
                db.UserRoles.AddRange(accounts.Select(a => new IdentityUserRole<string> { UserId = a.Account.Id, RoleId = a.RoleId }));
                await db.SaveChangesAsync(ct);
                saved += batch.Length;
                progress?.Report(saved);
            }

            await transaction.CommitAsync(ct);
        });
        return Outcome<int>.Ok(checks.Count);
    }

    private PortalUser NewAccount(StaffRowCheck check)
    {
        var email = UserText.Normalize(check.Row.Email);
        var fullName = UserText.Normalize(check.Row.FullName);
        return new PortalUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            FullName = fullName,
            SearchName = SearchText.Fold(fullName),
            StaffCode = StaffRowChecker.StaffCodeOf(check.Row.StaffCode),
            OrgUnitId = check.UnitId!.Value,
        };
    }
}
