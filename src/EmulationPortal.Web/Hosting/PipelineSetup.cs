using EmulationPortal.Web.Components;
using EmulationPortal.Web.Components.Account;
using EmulationPortal.Web.Features.Reports;

namespace EmulationPortal.Web.Hosting;

internal static class PipelineSetup
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // A friendly, localised page; never a stack trace.
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        if (app.Configuration.GetValue<bool>("Hosting:HttpsRedirection"))
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UsePortalRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapReportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
