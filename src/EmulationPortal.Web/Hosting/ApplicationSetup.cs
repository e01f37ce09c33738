using EmulationPortal.Application;
using EmulationPortal.Application.Common;

namespace EmulationPortal.Web.Hosting;

internal static class ApplicationSetup
{
    /// <summary>The use cases, their validators, and the clock (moved to <c>Clock:Today</c> for the demo, never in production).</summary>
    public static IServiceCollection AddPortalApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var today = configuration.GetValue<DateOnly?>("Clock:Today");
        services.AddSingleton(ShiftedTimeProvider.For(today, TimeProvider.System));
        services.AddPortalUseCases();
        return services;
    }
}
