namespace EmulationPortal.Application.Audit;

public enum AuditAction
{
    Created = 0,
    Modified = 1,
    Deleted = 2,
}

/// <summary>
/// One recorded change: who, when, what, old → new. Entries form a hash chain (each hash covers the previous one),
/// so editing or deleting an entry afterwards breaks the chain where it happened.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTime AtUtc { get; init; }
    public string? UserId { get; init; }
    public string EntityType { get; init; } = string.Empty;
    public string EntityId { get; init; } = string.Empty;
    public AuditAction Action { get; init; }

    /// <summary>JSON object: property → [old, new] (old is null when created, new is null when deleted).</summary>
    public string Changes { get; init; } = "{}";

    public string PreviousHash { get; init; } = string.Empty;
    public string Hash { get; init; } = string.Empty;
}
