using MudBlazor.Services;

namespace EmulationPortal.Web.Hosting;

internal static class UiSetup
{
    public static IServiceCollection AddPortalUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return services;
    }
}
