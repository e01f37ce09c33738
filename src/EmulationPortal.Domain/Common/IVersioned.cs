namespace EmulationPortal.Domain.Common;

/// <summary>
/// An aggregate edited by people: its <see cref="Version"/> is an optimistic concurrency token, renewed on every save.
/// Application-managed (not rowversion) so it works the same on SQLite and SQL Server.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
