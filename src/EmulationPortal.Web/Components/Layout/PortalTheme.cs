using MudBlazor;

namespace EmulationPortal.Web.Components.Layout;

/// <summary>
/// The portal's colours: the deep red of emulation banners, on a calm background. System fonts only (no CDN).
/// Every colour that carries text (chips, outlined buttons, the slogan) reaches 4.5:1 against white and the background,
/// so MudBlazor's lighter defaults for success, warning, error, info and secondary text are replaced by darker shades.
/// </summary>
internal static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#B71C1C",
            Secondary = "#A15C00",
            Success = "#2E7D32",
            Warning = "#A84B00",
            Error = "#C62828",
            Info = "#1565C0",
            TextSecondary = "rgba(0,0,0,0.68)",
            AppbarBackground = "#B71C1C",
            Background = "#FAFAFA",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
