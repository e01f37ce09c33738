using System.Globalization;

namespace EmulationPortal.Web.Features.Decisions;

/// <summary>Money and dates of a decision as a Vietnamese document writes them, whatever the reader's language: 702.000 ₫, 30/12/2020.</summary>
internal static class DecisionFormat
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(decimal vnd) => vnd.ToString("C0", Vi);

    public static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
