using System.Text.Encodings.Web;
using System.Text.Unicode;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Server.Circuits;
using MudBlazor;
using MudBlazor.Services;

namespace EmulationPortal.Web.Hosting;

internal static class UiSetup
{
    public static IServiceCollection AddPortalUi(this IServiceCollection services)
    {
        // A closed or dropped tab keeps its circuit (all its components and figures) for reconnection. The defaults
        // (100 circuits for 3 minutes) let a burst of closed dashboards hold memory long after their users left; a
        // minute still covers a network blip or a laptop lid, and 50 kept circuits is a few per signed-in user here.
        services.AddRazorComponents().AddInteractiveServerComponents(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
            options.DisconnectedCircuitMaxRetained = 50;
        });
        services.AddMudServices();
        services.AddTransient<MudLocalizer, MudTranslations>();
        services.AddScoped<CurrentUserAccessor>();
        services.AddSingleton<CircuitsPerUser>();
        services.AddScoped<CircuitLimitHandler>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<CircuitLimitHandler>());
        services.AddScoped<UserMessages>();
        services.AddScoped<Features.Reviews.ReviewText>();
        services.AddScoped<FormValidation>();

        // Vietnamese letters go out as UTF-8, not as &#x...; entities: smaller pages, readable source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
