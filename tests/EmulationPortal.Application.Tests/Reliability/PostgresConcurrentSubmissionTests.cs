namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>The same 300 simultaneous submissions on a real PostgreSQL server: row locks and pooled connections instead of one SQLite writer.</summary>
public sealed class PostgresConcurrentSubmissionTests : ConcurrentSubmissionTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(seedDemoData: true);
}
