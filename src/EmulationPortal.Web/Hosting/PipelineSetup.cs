using EmulationPortal.Web.Components;
using EmulationPortal.Web.Components.Account;
using EmulationPortal.Web.Components.Layout;
using EmulationPortal.Web.Features.Admin;
using EmulationPortal.Web.Features.Attachments;
using EmulationPortal.Web.Features.Council;
using EmulationPortal.Web.Features.Decisions;
using EmulationPortal.Web.Features.Initiatives;
using EmulationPortal.Web.Features.Reports;
using EmulationPortal.Web.Features.Reviews;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Hosting;

internal static class PipelineSetup
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        // Behind a configured TLS-terminating proxy (docs/operations.md) the request is still known as HTTPS.
        app.UsePortalForwardedHeaders();

        if (!app.Environment.IsDevelopment())
        {
            // A friendly, localised page; never a stack trace.
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.HttpsRedirection)
        {
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UsePortalRequestLogging();
        app.UseSignInAccountName();
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication, so a limit can be per signed-in account
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapCultureEndpoint();
        ThemeStylesheet.MapThemeStylesheet(app);
        app.MapAccountEndpoints();
        app.MapReportEndpoints();
        app.MapDecisionEndpoints();
        app.MapInitiativeEndpoints();
        app.MapCouncilEndpoints();
        app.MapReviewEndpoints();
        app.MapImportEndpoints();
        app.MapAttachmentEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null); // ours says frame-ancestors 'none'
    }
}
