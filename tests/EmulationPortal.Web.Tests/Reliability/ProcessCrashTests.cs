using System.Collections.Concurrent;
using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Tests.Reliability;

/// <summary>
/// The real portal runs as a process on a SQLite file while a second process submits a burst of pledges through the
/// SavePledge use case; both are killed with SIGKILL mid-burst. No acknowledged pledge may be lost, none may be half
/// written, the audit chain must hold, and the portal must start again on the same file.
/// </summary>
public sealed class ProcessCrashTests : IDisposable
{
    private readonly TempDatabaseFile _database = new();
    private readonly List<PortalProcess> _processes = [];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_the_processes_mid_burst_loses_no_acknowledged_pledge_and_leaves_none_half_written()
    {
        _processes.Add((await PortalProcess.StartPortalAsync(_database.Path, Ct)).Process); // migrates and seeds the demo on a new file
        var acknowledged = new ConcurrentBag<string>();
        var ready = new TaskCompletionSource();
        var writer = PortalProcess.Start("tests/EmulationPortal.FaultInjection", "EmulationPortal.FaultInjection.dll", $"{_database.Path} 400", line =>
        {
            if (line == "READY")
            {
                ready.TrySetResult();
            }
            else if (line.StartsWith("ACK ", StringComparison.Ordinal))
            {
                acknowledged.Add(line[4..]);
            }
        });
        _processes.Add(writer);

        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        while (acknowledged.Count < 60 && !writer.HasExited)
        {
            await Task.Delay(5, Ct);
        }

        foreach (var process in _processes)
        {
            await process.KillAsync(Ct);
        }

        Assert.True(acknowledged.Count >= 60, $"only {acknowledged.Count} submissions were acknowledged before the kill");
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_database.ConnectionString).Options, TimeProvider.System))
        {
            var team = await db.OrgUnits.SingleAsync(u => u.Code == "CRASH", Ct);
            var pledges = await db.Pledges.Where(p => p.OrgUnitId == team.Id).Select(p => new { p.UserId, p.Status, Items = p.Items.Count }).ToListAsync(Ct);

            Assert.Empty(acknowledged.Except(pledges.Select(p => p.UserId!)));
            Assert.All(pledges, p => Assert.Equal((PledgeStatus.Submitted, 1), (p.Status, p.Items)));
            Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
            TestContext.Current.SendDiagnosticMessage($"{acknowledged.Count} acknowledged, {pledges.Count} stored at the kill");
        }

        _processes.Add((await PortalProcess.StartPortalAsync(_database.Path, Ct)).Process); // and the portal comes back on the same file
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        _database.Dispose();
    }
}
