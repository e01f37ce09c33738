using EmulationPortal.Application;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks;

/// <summary>The application layer wired the way the portal wires it, outside the web host, with the clock on the generated drive's day (or <paramref name="today"/>).</summary>
internal static class PortalServices
{
    public static ServiceProvider Build(DatabaseProvider provider, string connectionString, DateOnly? today = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                [$"ConnectionStrings:{provider}"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(ShiftedTimeProvider.For(today ?? Generation.GeneratedDrive.Today, TimeProvider.System))
            .AddPortalDatabase(configuration, Environment.CurrentDirectory)
            .AddPortalUseCases();
        services.AddPortalIdentityStore();
        return services.BuildServiceProvider();
    }

    public static string SqliteConnection(string file) => $"Data Source={Path.GetFullPath(file)}";
}
