using System.Globalization;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Web.Features.Dashboards;

/// <summary>How the dashboard writes and colours a completion: the % text always, a colour band only as a second signal.</summary>
internal static class Figures
{
    public static string Percent(double? ratio, string notReported) =>
        ratio is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : notReported;

    /// <summary>Met (≥ 100%), on pace (≥ the elapsed share of the period), behind, or not reported.</summary>
    public static string Band(double? completion, double elapsedShare) => completion switch
    {
        null => "band-none",
        >= 1 => "band-met",
        { } value when value >= elapsedShare => "band-pace",
        _ => "band-behind",
    };

    public static string LaunchColourKey(LaunchState state) => $"Dashboard.Launch.{state}";
}
