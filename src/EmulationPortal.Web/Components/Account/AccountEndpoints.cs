using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (a GET link could sign people out from another site).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async ([FromServices] SignInManager<PortalUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
}
