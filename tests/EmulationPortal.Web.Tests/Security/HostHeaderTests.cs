using System.Net.Sockets;
using System.Text;

namespace EmulationPortal.Web.Tests.Security;

/// <summary>
/// The Host header, sent raw over a socket as an attacker would: only the configured <c>AllowedHosts</c> are served,
/// and an empty, overlong or foreign host is a 400, never a 500 or a redirect to that host.
/// </summary>
public sealed class HostHeaderTests : IAsyncLifetime
{
    private readonly PortalAppFactory _host = new();
    private Uri _address = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _address = _host.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string> Refused => ["", "evil.example", new string('a', 9_000), "evil.example:80", "localhost.evil.example"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_host_that_is_not_configured_is_refused_with_400(string hostHeader)
    {
        Assert.StartsWith("HTTP/1.1 400", await RawGetAsync("/Account/Login", hostHeader), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_host_is_served()
    {
        Assert.StartsWith("HTTP/1.1 200", await RawGetAsync("/Account/Login", "localhost"), StringComparison.Ordinal);
    }

    private async Task<string> RawGetAsync(string path, string hostHeader)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address.Host, _address.Port, Ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {hostHeader}\r\nConnection: close\r\n\r\n"), Ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync(Ct) ?? string.Empty;
    }
}
