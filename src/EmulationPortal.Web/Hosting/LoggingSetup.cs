using Serilog;

namespace EmulationPortal.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>Serilog from configuration (section <c>Serilog</c>); the console sink by default.</summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

    /// <summary>
    /// One line per request: method, path (never the query string, which may carry tokens), status, elapsed, user and unit.
    /// </summary>
    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {User}";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("User", http.User.Identity?.Name ?? "anonymous");
                diagnostics.Set("Unit", http.User.FindFirst(Application.Identity.PortalClaimTypes.OrgUnitId)?.Value ?? "-");
            };
        });
}
