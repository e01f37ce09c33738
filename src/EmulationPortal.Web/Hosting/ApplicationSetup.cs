using EmulationPortal.Application;
using EmulationPortal.Application.Common;

namespace EmulationPortal.Web.Hosting;

internal static class ApplicationSetup
{
    /// <summary>The use cases, their validators, the attachment limits (<c>Attachments:MaxFileBytes</c>, <c>Attachments:MaxFilesPerOwner</c>), and the clock (moved to <c>Clock:Today</c> for the demo, never in production).</summary>
    public static IServiceCollection AddPortalApplication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var today = services.AddPortalOptions<ClockOptions>(configuration, ClockOptions.Section).Today;
        if (today is not null && environment.IsProduction())
        {
            // A moved clock stamps real pledges, reports and audit entries with a day that never happened.
            throw new InvalidOperationException("Clock:Today moves the portal's clock for the demo and is never accepted in Production; remove it from the configuration.");
        }

        services.AddSingleton(ShiftedTimeProvider.For(today, TimeProvider.System));
        services.AddPortalUseCases();
        return services;
    }
}
