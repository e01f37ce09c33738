using System.Globalization;
using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Web.Features.Pledges;

/// <summary>A committed, target or reported value as the user reads it: "1.500 quả", "95 %", yes/no.</summary>
internal static class PledgeFormat
{
    public static string Value(Measure measure, string? unitOfMeasure, double value) => measure switch
    {
        Measure.YesNo => value == 1 ? "✓" : "✗",
        _ => string.IsNullOrEmpty(unitOfMeasure)
            ? value.ToString("#,0.##", CultureInfo.CurrentCulture)
            : $"{value.ToString("#,0.##", CultureInfo.CurrentCulture)} {unitOfMeasure}",
    };
}
