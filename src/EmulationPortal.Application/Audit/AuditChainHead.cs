namespace EmulationPortal.Application.Audit;

/// <summary>
/// The single row that holds the end of the audit chain. Every audited save updates it inside its transaction, which
/// serialises writers of the chain on SQLite and SQL Server alike, so two saves never hang off the same link.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = string.Empty;
}
