using EmulationPortal.Application;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace EmulationPortal.TestSupport;

/// <summary>The application layer as the portal registers it, on the store the settings name, at the test's clock.</summary>
internal static class TestApplicationServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development })
            .AddSingleton(clock)
            .AddPortalDatabase(configuration, Path.GetTempPath())
            .AddPortalUseCases();
        services.AddPortalIdentityStore();
        return services.BuildServiceProvider();
    }
}
