using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace EmulationPortal.TestSupport;

/// <summary>
/// A real SMTP server for the tests: the smtp4dev dotnet tool (dotnet-tools.json) on free loopback ports, in memory,
/// whose REST API (<c>/api/messages</c>) returns what it received. <see cref="ReserveAsync"/> picks the ports without
/// starting it, so a test can see the portal with the server down and then bring it up.
/// </summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly HttpClient _api;
    private Process? _process;

    private Smtp4devServer(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    public sealed record Message(string Id, string Subject, string[] To);

    private sealed record Page(Message[] Results);

    public static Smtp4devServer Reserve() => new(PortalProcess.FreePort(), PortalProcess.FreePort());

    public static async Task<Smtp4devServer> StartAsync(CancellationToken ct)
    {
        var server = Reserve();
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>The settings that point the portal at this server (plain SMTP on loopback, no credentials).</summary>
    public Dictionary<string, string?> PortalSettings() => new()
    {
        ["Notifications:Smtp:Enabled"] = "true",
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:Security"] = "None",
        ["Notifications:Smtp:From"] = "thidua@z121.demo",
        ["Notifications:BaseUrl"] = "https://thidua.z121.demo",
    };

    public async Task StartServerAsync(CancellationToken ct)
    {
        var info = new ProcessStartInfo("dotnet", $"tool run smtp4dev --smtpport={SmtpPort} --urls=http://127.0.0.1:{WebPort} --db= --imapport={PortalProcess.FreePort()} --pop3port={PortalProcess.FreePort()} --nousersettings --messagestokeep=1000")
        {
            WorkingDirectory = RepositoryFolder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (await AnswersAsync(ct))
            {
                return;
            }

            await Task.Delay(250, ct);
        }

        throw new InvalidOperationException($"smtp4dev did not start on ports {SmtpPort}/{WebPort} within three minutes.");
    }

    public async Task<IReadOnlyList<Message>> MessagesAsync(CancellationToken ct) =>
        (await _api.GetFromJsonAsync<Page>("/api/messages?pageSize=1000", ct))!.Results;

    public async Task<string> PlainTextAsync(string id, CancellationToken ct) => await _api.GetStringAsync($"/api/messages/{id}/plaintext", ct);

    public async Task<string> HtmlAsync(string id, CancellationToken ct) => await _api.GetStringAsync($"/api/messages/{id}/html", ct);

    public async Task ClearAsync(CancellationToken ct) => (await _api.DeleteAsync("/api/messages/*", ct)).EnsureSuccessStatusCode();

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            using var smtp = new TcpClient();
            await smtp.ConnectAsync("127.0.0.1", SmtpPort, ct);
            return (await _api.GetAsync("/api/messages", ct)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or SocketException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _api.Dispose();
        return ValueTask.CompletedTask;
    }
}
