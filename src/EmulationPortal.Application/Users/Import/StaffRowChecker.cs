using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Users.Import;

/// <summary>
/// Checks every row of a staff file: the row's own fields, duplicates within the file, emails and staff codes already
/// taken, and unit codes and roles that exist. A few queries for the whole file, never one per row.
/// </summary>
internal sealed class StaffRowChecker(IValidator<StaffRow> validator, ILookupNormalizer normalizer)
{
    private const int QueryChunk = 500;

    /// <summary>Role names as written in files, folded and without spaces: the stable codes and the labels the portal shows, in Vietnamese and English.</summary>
    private static readonly Dictionary<string, string> RoleNames = new(StringComparer.Ordinal)
    {
        ["admin"] = Roles.Admin, ["administrator"] = Roles.Admin, ["quantrivien"] = Roles.Admin, ["quantrihethong"] = Roles.Admin,
        ["politicalofficer"] = Roles.PoliticalOfficer, ["canbochinhtri"] = Roles.PoliticalOfficer,
        ["unitleader"] = Roles.UnitLeader, ["chihuydonvi"] = Roles.UnitLeader,
        ["staff"] = Roles.Staff, ["canbo,congnhanvien"] = Roles.Staff, ["canbocongnhanvien"] = Roles.Staff, ["congnhanvien"] = Roles.Staff, ["nhanvien"] = Roles.Staff,
    };

    public async Task<IReadOnlyList<StaffRowCheck>> CheckAsync(PortalDbContext db, IReadOnlyList<StaffRow> rows, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Id, u.IsActive }).ToDictionaryAsync(u => u.Code, ct);
        var emails = rows.Select(r => NormalizedEmail(r.Email)).Where(e => e.Length > 0).Distinct().ToList();
        var codes = rows.Select(r => StaffCodeOf(r.StaffCode)).OfType<string>().Distinct().ToList();
        var takenEmails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in emails.Chunk(QueryChunk))
        {
            takenEmails.UnionWith(await db.Users.Where(u => chunk.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(ct));
        }

        var takenCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(QueryChunk))
        {
            takenCodes.UnionWith(await db.Users.Where(u => chunk.Contains(u.StaffCode!)).Select(u => u.StaffCode!).ToListAsync(ct));
        }

        var emailCounts = rows.GroupBy(r => NormalizedEmail(r.Email)).ToDictionary(g => g.Key, g => g.Count());
        var codeCounts = rows.GroupBy(r => StaffCodeOf(r.StaffCode) ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());

        var checks = new List<StaffRowCheck>(rows.Count);
        foreach (var row in rows)
        {
            var errors = (await validator.ValidateAsync(row, ct)).Errors
                .Select(e => new FieldError(e.PropertyName, e.ErrorCode, e.ErrorMessage))
                .DistinctBy(e => (e.Field, e.Code))
                .ToList();
            var email = NormalizedEmail(row.Email);
            if (email.Length > 0 && emailCounts[email] > 1)
            {
                errors.Add(new FieldError(nameof(row.Email), "import.email.duplicate-in-file", "The same email is on another row of the file."));
            }

            if (takenEmails.Contains(email))
            {
                errors.Add(new FieldError(nameof(row.Email), "import.email.exists", "An account with this email already exists."));
            }

            var code = StaffCodeOf(row.StaffCode);
            if (code is not null && codeCounts[code] > 1)
            {
                errors.Add(new FieldError(nameof(row.StaffCode), "import.staffcode.duplicate-in-file", "The same staff code is on another row of the file."));
            }

            if (code is not null && takenCodes.Contains(code))
            {
                errors.Add(new FieldError(nameof(row.StaffCode), "import.staffcode.exists", "Another account has this staff code."));
            }

            var unit = units.GetValueOrDefault(UserText.Normalize(row.UnitCode).ToUpperInvariant());
            if (row.UnitCode.Length > 0 && unit is not { IsActive: true })
            {
                errors.Add(new FieldError(nameof(row.UnitCode), "import.unit.unknown", "No active unit has this code."));
            }

            var role = RoleNames.GetValueOrDefault(SearchText.Fold(row.Role).Replace(" ", string.Empty, StringComparison.Ordinal));
            if (row.Role.Length > 0 && role is null)
            {
                errors.Add(new FieldError(nameof(row.Role), "import.role.unknown", "Unknown role."));
            }

            checks.Add(new StaffRowCheck(row, errors, unit?.Id, role));
        }

        return checks;
    }

    public string NormalizedEmail(string email) => string.IsNullOrWhiteSpace(email) ? string.Empty : normalizer.NormalizeEmail(UserText.Normalize(email));

    public static string? StaffCodeOf(string staffCode) =>
        string.IsNullOrWhiteSpace(staffCode) ? null : UserText.Normalize(staffCode).ToUpperInvariant();
}
