using EmulationPortal.Application.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application;

public static class ApplicationRegistration
{
    /// <summary>The use cases and queries, one line each. They create a short-lived DbContext per call.</summary>
    public static IServiceCollection AddPortalUseCases(this IServiceCollection services)
    {
        services.AddScoped<OpenDrivesQuery>();
        return services;
    }
}
