using System.Globalization;
using System.Text.Json;
using EmulationPortal.Application.Common;

namespace EmulationPortal.Application.Audit;

/// <summary>One changed field of an audit entry, its values written for a reader: before → after (null: none).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);

/// <summary>The words the formatter needs from the UI's language.</summary>
public sealed record AuditWords(string Yes, string No, string Secret);

/// <summary>
/// Turns an entry's stored JSON (property → [old, new]) into readable changes: dates and numbers in the reader's culture,
/// instants in factory time, yes/no for flags, and ids of units, people, drives and criteria as their names when known.
/// Pure: the names come in with <see cref="AuditNames"/>, so it is tested without a database.
/// </summary>
public static class AuditChangeFormatter
{
    private static readonly HashSet<string> UnitFields =
        ["OrgUnitId", "OwnerUnitId", "ScopeUnitId", "SubjectUnitId", "CouncilUnitId", "IssuingUnitId", "NominatingUnitId", "UnitId"];

    private static readonly HashSet<string> DriveFields = ["CampaignId", "ParentCampaignId"];

    public static IReadOnlyList<AuditFieldChange> Format(string entityType, string changesJson, AuditNames names, AuditWords words, CultureInfo culture)
    {
        using var json = JsonDocument.Parse(changesJson);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var changes = new List<AuditFieldChange>();
        foreach (var field in json.RootElement.EnumerateObject())
        {
            var pair = field.Value.ValueKind == JsonValueKind.Array ? field.Value.EnumerateArray().ToArray() : [];
            string? Value(int at) => pair.Length > at ? Written(entityType, field.Name, pair[at], names, words, culture) : null;
            changes.Add(new AuditFieldChange(field.Name, Value(0), Value(1)));
        }

        return changes;
    }

    /// <summary>Every text value of the entry's JSON (candidates for a person's id).</summary>
    public static IEnumerable<string> Texts(string changesJson)
    {
        using var json = JsonDocument.Parse(changesJson);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return json.RootElement.EnumerateObject()
            .Where(f => f.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(f => f.Value.EnumerateArray())
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .ToList();
    }

    /// <summary>The record an entry is about, by name when it is a unit, person, drive or criterion; else its id.</summary>
    public static string Subject(string entityType, string entityId, AuditNames names) => entityType switch
    {
        "OrgUnit" when int.TryParse(entityId, CultureInfo.InvariantCulture, out var id) && names.Units.TryGetValue(id, out var name) => name,
        "Campaign" when int.TryParse(entityId, CultureInfo.InvariantCulture, out var id) && names.Drives.TryGetValue(id, out var title) => title,
        "Criterion" when int.TryParse(entityId, CultureInfo.InvariantCulture, out var id) && names.Criteria.TryGetValue(id, out var criterion) => criterion,
        "PortalUser" when names.Users.TryGetValue(entityId, out var person) => person,
        _ => entityId,
    };

    private static string? Written(string entityType, string field, JsonElement value, AuditNames names, AuditWords words, CultureInfo culture) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => words.Yes,
        JsonValueKind.False => words.No,
        JsonValueKind.Number => Number(entityType, field, value, names, culture),
        JsonValueKind.String => Text(value.GetString()!, names, words, culture),
        _ => value.GetRawText(),
    };

    private static string Number(string entityType, string field, JsonElement value, AuditNames names, CultureInfo culture)
    {
        if (value.TryGetInt32(out var id))
        {
            var name = field switch
            {
                _ when UnitFields.Contains(field) || (field == "ParentId" && entityType == "OrgUnit") => names.Units.GetValueOrDefault(id),
                _ when DriveFields.Contains(field) => names.Drives.GetValueOrDefault(id),
                "CriterionId" => names.Criteria.GetValueOrDefault(id),
                _ => null,
            };
            if (name is not null)
            {
                return name;
            }
        }

        return value.GetDouble().ToString("#,##0.####", culture);
    }

    /// <summary>A person's id becomes their name; days and instants are written in the culture (instants in factory time).</summary>
    private static string Text(string text, AuditNames names, AuditWords words, CultureInfo culture)
    {
        if (text == "***")
        {
            return words.Secret;
        }

        if (names.Users.TryGetValue(text, out var person))
        {
            return person;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d", culture);
        }

        if (text.Length >= 19 && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
        {
            return FactoryTime.ToLocal(DateTime.SpecifyKind(instant, DateTimeKind.Utc)).ToString("g", culture);
        }

        return text;
    }
}
