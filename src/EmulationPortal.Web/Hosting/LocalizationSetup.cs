using System.Globalization;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Notifications;
using Microsoft.AspNetCore.Localization;

namespace EmulationPortal.Web.Hosting;

internal static class LocalizationSetup
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new(Vietnamese), new(English)];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];

            // Vietnamese unless the user chose otherwise: the browser's Accept-Language is not consulted.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>The culture switch: sets the culture cookie and goes back; the page reloads so the new circuit starts in that culture.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/set", async (HttpContext http, string culture, string? redirectUri, CurrentUserLookup users, RememberCulture remember) =>
        {
            if (Cultures.Any(c => c.Name == culture))
            {
                // A signed-in user's emails follow the language they read the portal in.
                if (await users.FindAsync(http.User) is { } user)
                {
                    await remember.ExecuteAsync(user, culture, http.RequestAborted);
                }

                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
            }

            return Results.LocalRedirect(LocalPath.OrHome(redirectUri));
        }).AllowAnonymous();
}
