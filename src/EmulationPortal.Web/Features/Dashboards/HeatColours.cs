using System.Globalization;

namespace EmulationPortal.Web.Features.Dashboards;

/// <summary>
/// The heat-map's colours per completion band (<see cref="Figures.Band"/>): light backgrounds under dark text, each pair
/// at least 4.5:1 (WCAG AA for normal text), so the number stays readable on every colour.
/// </summary>
internal static class HeatColours
{
    public const string Text = "#1F1F1F";

    public static IReadOnlyDictionary<string, string> Backgrounds { get; } = new Dictionary<string, string>
    {
        ["band-met"] = "#C8E6C9",
        ["band-pace"] = "#FFF3B0",
        ["band-behind"] = "#FFCDD2",
        ["band-none"] = "#EEEEEE",
    };

    /// <summary>The inline style of a cell in the band; null is "not reported".</summary>
    public static string Style(string? band) => $"background:{Backgrounds[band ?? "band-none"]};color:{Text}";

    /// <summary>WCAG 2 contrast ratio of two #RRGGBB colours.</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
