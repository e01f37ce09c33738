using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EmulationPortal.TestSupport;

/// <summary>
/// A real PostgreSQL server of the test process's own: a fresh cluster in a temporary folder on a free port, started
/// on first use (as the <c>postgres</c> user when the tests run as root, since the server refuses to run as root) and
/// stopped and deleted when the process ends. Durability is switched off: a crashed test cluster is thrown away anyway.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Connection string of the server's maintenance database; tests create their own databases from it.</summary>
    public static string AdminConnectionString => Started.Value;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    private static string Start()
    {
        var bin = BinFolder();
        var folder = Path.Combine(Path.GetTempPath(), $"ep-postgres-{Guid.NewGuid():N}");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", folder], asPostgres: false);
        }

        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot);
        var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, folder, data, asRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start"], asRoot);
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", MaxPoolSize = 200, Timeout = 60, CommandTimeout = 120,
        }.ToString();
    }

    private static void Stop(string bin, string folder, string data, bool asRoot)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The newest installed server (Debian's <c>postgresql</c> package; <c>scripts/test.sh</c> installs it).</summary>
    private static string BinFolder()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        var bin = versions.Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0).FirstOrDefault();
        return bin ?? throw new InvalidOperationException("No PostgreSQL server under /usr/lib/postgresql: install Debian's postgresql package (scripts/test.sh does).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        if (asPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
