using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EmulationPortal.TestSupport;

/// <summary>
/// A program of this solution started as its own operating-system process, as an operator would run it: the real portal
/// on a loopback port (<see cref="StartPortalAsync"/>) or a helper program. Disposing kills what is still running.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the portal on <paramref name="databaseFile"/> (migrated and seeded with the demo when new) and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<(PortalProcess Process, Uri Address)> StartPortalAsync(string databaseFile, CancellationToken ct)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var portal = Start("src/EmulationPortal.Web", "EmulationPortal.Web.dll", $"--urls {address}", _ => { }, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Sqlite"] = $"Data Source={databaseFile}",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });
        using var http = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !portal.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative), ct)).StatusCode == HttpStatusCode.OK)
                {
                    return (portal, address);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, ct);
        }

        portal.Dispose();
        throw new InvalidOperationException($"The portal on {address} did not become ready within two minutes.");
    }

    /// <summary>Starts <paramref name="dll"/> of <paramref name="project"/> from its build output of the same configuration as the running tests.</summary>
    public static PortalProcess Start(string project, string dll, string arguments, Action<string> onOutputLine, Dictionary<string, string>? environment = null)
    {
        var path = BuildOutput(project, dll);
        var info = new ProcessStartInfo("dotnet", $"\"{path}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(path)!,
        };
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => onOutputLine(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PortalProcess(process);
    }

    /// <summary>Waits for a program that ends by itself (an operator command) and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public async Task KillAsync(CancellationToken ct)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(ct);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>…/{project}/bin/{Debug|Release}/net10.0/{dll}, the configuration read off this test assembly's own output folder.</summary>
    private static string BuildOutput(string project, string dll)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory); // …/bin/<Configuration>/net10.0/
        var configuration = output.Parent!.Name;
        return Path.Combine(RepositoryFolder.Root, project, "bin", configuration, "net10.0", dll);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
