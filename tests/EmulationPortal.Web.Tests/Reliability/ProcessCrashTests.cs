using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private readonly List<Process> _processes = [];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_the_processes_mid_burst_loses_no_acknowledged_pledge_and_leaves_none_half_written()
    {
        var port = FreePort();
        await StartPortalAsync(port); // migrates and seeds the demo on a new file
        var acknowledged = new ConcurrentBag<string>();
        var ready = new TaskCompletionSource();
        var writer = Start(Build("tests/EmulationPortal.FaultInjection", "EmulationPortal.FaultInjection.dll"), $"{_database.Path} 400", line =>
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

        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        while (acknowledged.Count < 60 && !writer.HasExited)
        {
            await Task.Delay(5, Ct);
        }

        foreach (var process in _processes)
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
        }

        foreach (var process in _processes)
        {
            await process.WaitForExitAsync(Ct);
        }

        Assert.True(acknowledged.Count >= 60, $"only {acknowledged.Count} submissions were acknowledged before the kill");
        await using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_database.ConnectionString).Options))
        {
            var team = await db.OrgUnits.SingleAsync(u => u.Code == "CRASH", Ct);
            var pledges = await db.Pledges.Where(p => p.OrgUnitId == team.Id).Select(p => new { p.UserId, p.Status, Items = p.Items.Count }).ToListAsync(Ct);

            Assert.Empty(acknowledged.Except(pledges.Select(p => p.UserId!)));
            Assert.All(pledges, p => Assert.Equal((PledgeStatus.Submitted, 1), (p.Status, p.Items)));
            Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
            TestContext.Current.SendDiagnosticMessage($"{acknowledged.Count} acknowledged, {pledges.Count} stored at the kill");
        }

        await StartPortalAsync(FreePort()); // and the portal comes back on the same file
    }

    private async Task StartPortalAsync(int port)
    {
        Start(Build("src/EmulationPortal.Web", "EmulationPortal.Web.dll"), $"--urls http://127.0.0.1:{port}", _ => { }, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Sqlite"] = _database.ConnectionString,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail("The portal did not become ready within two minutes.");
    }

    private Process Start(string dll, string arguments, Action<string> onLine, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => onLine(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    /// <summary>The same build configuration as this test assembly (Debug or Release).</summary>
    private static string Build(string project, string dll)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory); // …/bin/<Configuration>/net10.0/
        var configuration = output.Parent!.Name;
        var root = output;
        while (!File.Exists(Path.Combine(root.FullName, "EmulationPortal.sln")))
        {
            root = root.Parent!;
        }

        return Path.Combine(root.FullName, project, "bin", configuration, "net10.0", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
        }

        _database.Dispose();
    }
}
