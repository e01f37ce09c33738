using MudBlazor;

namespace EmulationPortal.Web.Components.Layout;

/// <summary>The portal's colours: the deep red of emulation banners, on a calm background. System fonts only (no CDN).</summary>
internal static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#B71C1C",
            Secondary = "#F9A825",
            AppbarBackground = "#B71C1C",
            Background = "#FAFAFA",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
