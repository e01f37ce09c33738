using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.TestSupport;

/// <summary>
/// The whole portal on its own SQLite file with the demo data, as the README's run command starts it.
/// <see cref="StartKestrel"/> serves it on a real loopback port for the browser tests.
/// </summary>
public class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly TempDatabaseFile _file = new();
    private bool _kestrel;

    public string DatabasePath => _file.Path;

    /// <summary>Development by default (static web assets are served from the build output only there).</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Tests sign in many times from one address; the rate-limit test lowers this.</summary>
    protected virtual int SignInAttemptsPerMinute => 10_000;

    /// <summary>Tests sign in to the same demo accounts many times; the per-account limit test lowers this.</summary>
    protected virtual int SignInAttemptsPerAccountPerMinute => SignInAttemptsPerMinute;

    /// <summary>Off unless a test turns it on: a background scheduler would deliver and remind on its own clock, under the test's feet.</summary>
    protected virtual bool SchedulerEnabled => false;

    /// <summary>Serves the portal with Kestrel on a free loopback port and returns its address.</summary>
    public Uri StartKestrel()
    {
        _kestrel = true;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // What a Development start would build, copied rather than built again; other environments build their own,
        // since their seeding rules are what some tests are about.
        if (EnvironmentName == "Development")
        {
            GoldenDatabase.CopyTo(seedDemoData: true, _file.Path);
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Sqlite", _file.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Clock:Today", "2021-01-12");
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:SignInAttemptsPerAccountPerMinute", SignInAttemptsPerAccountPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:SchedulerEnabled", SchedulerEnabled.ToString());
        if (!_kestrel)
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _file.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
        GC.SuppressFinalize(this);
    }
}
