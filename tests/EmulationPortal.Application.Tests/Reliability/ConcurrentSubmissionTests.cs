using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Benchmarks.Pledges;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// 300 staff submit their pledges at the same moment on the embedded SQLite default (WAL, busy timeout). The team and
/// the burst are the ones the benchmarks' <c>burst</c> command runs at ministry scale.
/// </summary>
public class ConcurrentSubmissionTests : IAsyncLifetime
{
    private const int Staff = 300;
    private ITestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await CreateDatabaseAsync();

    /// <summary>The store the burst runs on; <see cref="PostgresConcurrentSubmissionTests"/> runs it on PostgreSQL.</summary>
    protected virtual async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_one_of_300_simultaneous_submissions_is_stored_whole_and_audited()
    {
        var team = await BenchTeam.AddAsync(_database.DbFactory, 1, "Z121", "BURST", Staff, Ct);
        var burst = await SubmissionBurst.RunAsync(
            _database.Get<SavePledge>(),
            team.People.Select((user, i) => (user, team.Submission(1, $"Chương trình hành động số {i}"))).ToList(),
            Ct);

        Assert.All(burst.Outcomes, o => Assert.Equal(OutcomeStatus.Ok, o.Status));
        await using var db = _database.NewContext();
        Assert.Equal(Staff, await db.Pledges.CountAsync(p => p.OrgUnitId == team.OrgUnitId && p.Status == PledgeStatus.Submitted, Ct));
        Assert.Equal(Staff * team.Criteria.Count, await db.PledgeItems.CountAsync(i => db.Pledges.Any(p => p.Id == i.PledgeId && p.OrgUnitId == team.OrgUnitId), Ct));
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
        TestContext.Current.SendDiagnosticMessage(
            $"300 concurrent submissions: p50 {burst.Percentile(50):0} ms, p95 {burst.Percentile(95):0} ms, max {burst.SortedMilliseconds[^1]:0} ms");
    }
}
