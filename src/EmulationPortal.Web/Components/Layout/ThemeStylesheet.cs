using MudBlazor;

namespace EmulationPortal.Web.Components.Layout;

/// <summary>
/// The portal theme's CSS variables as one cacheable stylesheet (<c>/theme.css</c>). MudThemeProvider inlines the same ~11 KB
/// into every server-rendered page; the static sign-in pages link this file instead, so browsers download it once.
/// </summary>
internal sealed class ThemeStylesheet : MudThemeProvider
{
    private static readonly Lazy<string> Css = new(() =>
    {
#pragma warning disable BL0005 // Set outside rendering on purpose: this instance only generates CSS, it is never rendered.
        var generator = new ThemeStylesheet { Theme = PortalTheme.Theme };
#pragma warning restore BL0005
        var element = generator.BuildTheme(); // <style class='mud-theme-provider'> … </style>
        var start = element.IndexOf('>', StringComparison.Ordinal) + 1;
        return element[start..element.LastIndexOf("</style>", StringComparison.Ordinal)];
    });

    public static void MapThemeStylesheet(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/theme.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(Css.Value, "text/css; charset=utf-8");
        }).AllowAnonymous();
}
