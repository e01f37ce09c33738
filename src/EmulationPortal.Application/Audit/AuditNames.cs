namespace EmulationPortal.Application.Audit;

/// <summary>Names for the ids an audit page refers to: units, people (by user id), drives and criteria.</summary>
public sealed record AuditNames(
    IReadOnlyDictionary<int, string> Units,
    IReadOnlyDictionary<string, string> Users,
    IReadOnlyDictionary<int, string> Drives,
    IReadOnlyDictionary<int, string> Criteria)
{
    public static AuditNames None { get; } = new(new Dictionary<int, string>(), new Dictionary<string, string>(), new Dictionary<int, string>(), new Dictionary<int, string>());
}
