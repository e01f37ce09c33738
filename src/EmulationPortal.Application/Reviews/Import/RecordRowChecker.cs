using System.Globalization;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// Checks every row of a ratings or titles file: its own fields, a year not in the future, a unit and a person that
/// exist and are in the user's reach (a person rated in the unit they belong to), the same subject only once per year
/// (and title) in the file, a title not already on record, an initiative of the person not already used. A few queries
/// for the whole file, never one per row.
/// </summary>
internal sealed class RecordRowChecker(IValidator<RecordRow> validator)
{
    public const int FirstYear = 2000;

    private sealed record Person(string Id, string FullName, int UnitId);

    private sealed record Context(
        RecordKind Kind, int ThisYear, IReadOnlySet<int> Reach, Dictionary<string, (int Id, bool IsActive)> Units, Dictionary<string, Person> People,
        HashSet<(int Year, AwardTitle Title, int UnitId, string? UserId)> Awarded, Dictionary<string, (HashSet<string> Authors, bool Used)> Initiatives);

    public async Task<IReadOnlyList<RecordRowCheck>> CheckAsync(PortalDbContext db, ICurrentUser user, RecordKind kind, int thisYear, IReadOnlyList<RecordRow> rows, CancellationToken ct)
    {
        var codes = rows.Select(r => StaffCodeOf(r.StaffCode)).OfType<string>().Distinct().ToList();
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(500))
        {
            foreach (var p in await db.Users.AsNoTracking().Where(u => chunk.Contains(u.StaffCode!)).Select(u => new { u.StaffCode, u.Id, u.FullName, u.OrgUnitId }).ToListAsync(ct))
            {
                people[p.StaffCode!] = new Person(p.Id, p.FullName, p.OrgUnitId);
            }
        }

        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Id, u.IsActive }).ToDictionaryAsync(u => u.Code, u => (u.Id, u.IsActive), ct);
        var awarded = kind == RecordKind.Titles
            ? (await db.AwardRecords.AsNoTracking().Select(a => new { a.Year, a.Title, a.OrgUnitId, a.UserId }).ToListAsync(ct))
                .Select(a => (a.Year, a.Title, a.UserId is null ? a.OrgUnitId : 0, a.UserId)).ToHashSet()
            : [];
        var used = kind == RecordKind.Titles ? await db.AwardRecords.Where(a => a.InitiativeCode != null).Select(a => a.InitiativeCode!).ToListAsync(ct) : [];
        var initiatives = kind == RecordKind.Titles
            ? (await db.Initiatives.AsNoTracking()
                    .Where(i => i.Code != null && (i.State == InitiativeState.Recognised || i.State == InitiativeState.Consumed))
                    .Select(i => new { Code = i.Code!, i.State, Authors = db.InitiativeAuthors.Where(a => a.InitiativeId == i.Id).Select(a => a.UserId).ToList() })
                    .ToListAsync(ct))
                .ToDictionary(i => i.Code, i => (i.Authors.ToHashSet(), i.State == InitiativeState.Consumed || used.Contains(i.Code)))
            : [];
        var context = new Context(kind, thisYear, await db.VisibleUnitsAsync(user, ct), units, people, awarded, initiatives);

        var checks = new List<RecordRowCheck>(rows.Count);
        foreach (var row in rows)
        {
            var errors = (await validator.ValidateAsync(row, ct)).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorCode, e.ErrorMessage)).DistinctBy(e => (e.Field, e.Code)).ToList();
            checks.Add(Check(row, errors, context));
        }

        return WithDuplicates(checks);
    }

    /// <summary>The row against the store: what it resolves to, with every error found on the way.</summary>
    private static RecordRowCheck Check(RecordRow row, List<FieldError> errors, Context context)
    {
        var year = int.TryParse(UserText.Normalize(row.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0;
        if (row.Year.Length > 0 && (year < FirstYear || year > context.ThisYear))
        {
            errors.Add(new FieldError(nameof(row.Year), "records.year.invalid", "The year is not a past or current year."));
        }

        var unit = context.Units.TryGetValue(UserText.Normalize(row.UnitCode).ToUpperInvariant(), out var u) && u.IsActive ? u.Id : (int?)null;
        if (row.UnitCode.Length > 0)
        {
            Add(errors, unit is null, nameof(row.UnitCode), "import.unit.unknown", "No active unit has this code.");
            Add(errors, unit is { } id && !context.Reach.Contains(id), nameof(row.UnitCode), "records.unit.outOfReach", "This unit is not in your reach.");
        }

        var code = StaffCodeOf(row.StaffCode);
        var person = code is null ? null : context.People.GetValueOrDefault(code);
        if (code is not null)
        {
            Add(errors, person is null, nameof(row.StaffCode), "records.person.unknown", "No account has this staff code.");
            Add(errors, person is not null && !context.Reach.Contains(person.UnitId), nameof(row.StaffCode), "records.person.outOfReach", "This person is not in your reach.");
            Add(errors, context.Kind == RecordKind.Ratings && person is not null && unit is not null && person.UnitId != unit, nameof(row.UnitCode),
                "records.person.otherUnit", "The person belongs to another unit.");
        }

        var rating = context.Kind == RecordKind.Ratings ? RecordVocabulary.RatingOf(row.Value) : null;
        var title = context.Kind == RecordKind.Titles ? RecordVocabulary.TitleOf(row.Value) : null;
        var adHoc = RecordVocabulary.YesNoOf(row.AdHoc);
        if (row.Value.Length > 0)
        {
            Add(errors, context.Kind == RecordKind.Ratings && rating is null, nameof(row.Value), "records.rating.unknown", "Unknown rating.");
            Add(errors, context.Kind == RecordKind.Titles && title is null, nameof(row.Value), "records.title.unknown", "Unknown title.");
        }

        if (title is { } t)
        {
            Add(errors, RecordVocabulary.IsCollective(t) == (code is not null), nameof(row.StaffCode), "records.title.subject",
                "A collective title has no staff code; a person's title needs one.");
            Add(errors, adHoc is null, nameof(row.AdHoc), "records.adHoc.invalid", "Write yes (x) or leave blank.");
            Add(errors, unit is not null && context.Awarded.Contains((year, t, person is null ? unit.Value : 0, person?.Id)), nameof(row.Value),
                "records.title.exists", "This title of that year is already on record.");
            CheckInitiative(row, errors, context, person);
        }

        // A name is shown only for someone in reach: a guessed staff code must not tell who it belongs to.
        var name = person is not null && context.Reach.Contains(person.UnitId) ? person.FullName : null;
        return new RecordRowCheck(row, errors, year, unit, person?.Id, name, rating, title, adHoc ?? false);
    }

    private static void CheckInitiative(RecordRow row, List<FieldError> errors, Context context, Person? person)
    {
        var code = UserText.Normalize(row.InitiativeCode).ToUpperInvariant();
        if (code.Length == 0)
        {
            return;
        }

        var known = context.Initiatives.TryGetValue(code, out var initiative) && person is not null && initiative.Authors.Contains(person.Id);
        Add(errors, !known, nameof(row.InitiativeCode), "records.initiative.unknown", "The person has no initiative with this code.");
        Add(errors, known && initiative.Used, nameof(row.InitiativeCode), "records.initiative.used", "The initiative already supported another award.");
    }

    /// <summary>A subject may have one rating a year and each title once a year; an initiative supports one award.</summary>
    private static List<RecordRowCheck> WithDuplicates(List<RecordRowCheck> checks)
    {
        var subjects = checks.Where(c => c.UnitId is not null).GroupBy(c => (c.Year, c.Title, c.UserId, Unit: c.UserId is null ? c.UnitId : null))
            .Where(g => g.Count() > 1).SelectMany(g => g).Select(c => c.Row.RowNumber).ToHashSet();
        var initiatives = checks.Where(c => c.Row.InitiativeCode.Length > 0).GroupBy(c => UserText.Normalize(c.Row.InitiativeCode).ToUpperInvariant())
            .Where(g => g.Count() > 1).SelectMany(g => g).Select(c => c.Row.RowNumber).ToHashSet();
        return checks.Select(c =>
        {
            var errors = c.Errors.ToList();
            Add(errors, subjects.Contains(c.Row.RowNumber), "Row", "records.duplicateInFile", "The same person or unit is on another row for that year.");
            Add(errors, initiatives.Contains(c.Row.RowNumber), nameof(RecordRow.InitiativeCode), "records.initiative.duplicateInFile", "The initiative is on another row.");
            return c with { Errors = errors };
        }).ToList();
    }

    private static void Add(List<FieldError> errors, bool wrong, string field, string code, string message)
    {
        if (wrong)
        {
            errors.Add(new FieldError(field, code, message));
        }
    }

    public static string? StaffCodeOf(string staffCode) =>
        string.IsNullOrWhiteSpace(staffCode) ? null : UserText.Normalize(staffCode).ToUpperInvariant();
}
