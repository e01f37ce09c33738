using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (a GET link could sign people out from another site).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async (HttpContext http, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<PortalUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        });
}
