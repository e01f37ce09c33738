using System.Diagnostics;
using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>300 staff submit their pledges at the same moment on the embedded SQLite default (WAL, busy timeout).</summary>
public class ConcurrentSubmissionTests : IAsyncLifetime
{
    private const int Staff = 300;
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_one_of_300_simultaneous_submissions_is_stored_whole_and_audited()
    {
        DemoDriveTeam team;
        await using (var setup = _database.NewContext())
        {
            team = await DemoDriveTeam.AddAsync(setup, "BURST", "Tổ thử tải", Staff, Ct);
        }

        var users = team.UserIds.Select(id => new TestUser(id, team.OrgUnitId, Roles.Staff)).ToList();
        var savePledge = _database.Get<SavePledge>();
        var start = new TaskCompletionSource();
        var timings = new double[Staff];

        var submissions = users.Select((user, i) => Task.Run(async () =>
        {
            await start.Task;
            var clock = Stopwatch.StartNew();
            var outcome = await savePledge.ExecuteAsync(user, team.Submission($"Chương trình hành động số {i}"), Ct);
            timings[i] = clock.Elapsed.TotalMilliseconds;
            return outcome;
        }, Ct)).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(submissions);

        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Ok, o.Status));
        await using var db = _database.NewContext();
        var unitId = team.OrgUnitId;
        Assert.Equal(Staff, await db.Pledges.CountAsync(p => p.OrgUnitId == unitId && p.Status == PledgeStatus.Submitted, Ct));
        Assert.Equal(Staff, await db.PledgeItems.CountAsync(i => db.Pledges.Any(p => p.Id == i.PledgeId && p.OrgUnitId == unitId), Ct));
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);

        Array.Sort(timings);
        TestContext.Current.SendDiagnosticMessage($"300 concurrent submissions: p50 {timings[Staff / 2]:0} ms, p95 {timings[Staff * 95 / 100]:0} ms, max {timings[^1]:0} ms");
    }
}
