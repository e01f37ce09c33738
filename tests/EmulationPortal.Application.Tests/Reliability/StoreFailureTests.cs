using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// A database that refuses work at commit (a full disk, a deleted file) is an outcome the page shows beside the form
/// it keeps, not an exception that replaces the page with an error box (issue 11, item 8).
/// </summary>
public class StoreFailureTests : IAsyncLifetime
{
    private const int SqliteFull = 13;

    private SqliteTestDatabase _database = default!;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public static TheoryData<string> Refusals => ["disk full", "file lost"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_database_refusing_the_commit_is_a_save_failure(string refusal)
    {
        Exception failure = refusal == "disk full" ? new SqliteException("database or disk is full", SqliteFull) : new DatabaseFileLostException("/data/portal.db");
        await using var db = _database.NewContext();

        Assert.True(SaveFailures.IsStoreFailure(failure));
        Assert.Equal(OutcomeStatus.SaveFailed, db.OutcomeOf(failure).Status);
    }

    [Fact]
    public void A_bug_is_not_passed_off_as_a_store_failure() =>
        Assert.False(SaveFailures.IsStoreFailure(new InvalidOperationException("a bug")));
}
