using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reports;
using EmulationPortal.Domain.Reviews;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// The .xlsx a unit fills in: for ratings, one row per person of the user's reach and one per unit (its own rating), for
/// this year, with the rating already on record; for titles, the header alone. Headers come from <c>text</c> (keys under
/// "Records.Column.") in the reader's language and are the ones the import recognises; the name column is for reading only.
/// </summary>
public sealed class RecordTemplateQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    private static readonly Dictionary<DutyRating, string> Short = new()
    {
        [DutyRating.Excellent] = "HTXSNV", [DutyRating.Good] = "HTTNV", [DutyRating.Completed] = "HTNV", [DutyRating.NotCompleted] = "KHTNV",
    };

    public async Task<bool> ExecuteAsync(ICurrentUser user, RecordKind kind, Stream stream, Func<string, string> text, CancellationToken ct = default)
    {
        if (!ImportRecords.MayImport(user))
        {
            return false;
        }

        string T(string key) => text($"Records.Column.{key}");
        var header = kind == RecordKind.Ratings
            ? new object?[] { T("Year"), T("StaffCode"), T("FullName"), T("UnitCode"), T("Rating") }
            : [T("Year"), T("StaffCode"), T("FullName"), T("UnitCode"), T("Title"), T("AdHoc"), T("Initiative")];
        var body = kind == RecordKind.Ratings ? await RatingRowsAsync(user, ct) : [];
        var rows = new[] { header }.Concat(body)
            .Select(cells => cells.Select((cell, i) => (Key: ((char)('A' + i)).ToString(), cell)).ToDictionary(c => c.Key, c => c.cell))
            .ToList();
        MiniExcel.SaveAs(stream, rows, printHeader: false, sheetName: T("Sheet"), excelType: ExcelType.XLSX);
        return true;
    }

    private async Task<List<object?[]>> RatingRowsAsync(ICurrentUser user, CancellationToken ct)
    {
        var year = clock.Today().Year;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reach = await db.VisibleUnitsAsync(user, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        units = units.Where(u => reach.Contains(u.Id)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        var people = (await db.Users.AsNoTracking()
                .Where(u => u.StaffCode != null && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole))
                .Select(u => new { u.Id, u.StaffCode, u.FullName, u.OrgUnitId }).ToListAsync(ct))
            .Where(p => codes.ContainsKey(p.OrgUnitId)).ToList();
        var ratings = await db.AnnualRatings.AsNoTracking().Where(r => r.Year == year).ToListAsync(ct);
        var personal = ratings.Where(r => r.UserId is not null).ToDictionary(r => r.UserId!, r => r.Rating);
        var own = ratings.Where(r => r.UserId is null).GroupBy(r => r.OrgUnitId).ToDictionary(g => g.Key, g => g.First().Rating);

        return units.Select(u => new object?[] { year, null, CampaignWorkbook.Safe(u.Name), u.Code, own.TryGetValue(u.Id, out var r) ? Short[r] : null })
            .Concat(people.OrderBy(p => codes[p.OrgUnitId], StringComparer.Ordinal).ThenBy(p => p.StaffCode, StringComparer.Ordinal)
                .Select(p => new object?[] { year, p.StaffCode, CampaignWorkbook.Safe(p.FullName), codes[p.OrgUnitId], personal.TryGetValue(p.Id, out var r) ? Short[r] : null }))
            .ToList();
    }
}
