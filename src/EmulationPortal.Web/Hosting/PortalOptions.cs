using EmulationPortal.Application.Common;

namespace EmulationPortal.Web.Hosting;

/// <summary>Every configuration section the portal reads is validated options (<see cref="ValidatedOptions"/>, ADR 0008).</summary>
internal static class PortalOptions
{
    /// <summary>The sections read while the portal runs (those read while it is put together register where they are read).</summary>
    public static IServiceCollection AddPortalSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalOptions<SecurityOptions>(configuration, SecurityOptions.Section);
        services.AddPortalOptions<HostingOptions>(configuration, HostingOptions.Section);
        services.AddPortalOptions<ForwardedHeadersSettings>(configuration, ForwardedHeadersSettings.Section);
        services.AddPortalOptions<HealthOptions>(configuration, HealthOptions.Section);
        return services;
    }
}
