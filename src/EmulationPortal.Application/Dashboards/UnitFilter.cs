using EmulationPortal.Domain.Common;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// The dashboard's units filter: by name or code, ignoring case and Vietnamese diacritics (<see cref="SearchText.Fold"/>,
/// as the user search), optionally only the units behind.
/// </summary>
public static class UnitFilter
{
    public static bool IsActive(string? search, bool behindOnly) => behindOnly || !string.IsNullOrWhiteSpace(search);

    public static IEnumerable<UnitFigure> Apply(IEnumerable<UnitFigure> units, string? search, bool behindOnly)
    {
        var folded = SearchText.Fold(search);
        return units.Where(u => (!behindOnly || u.IsBehind) && (folded.Length == 0 || u.SearchName.Contains(folded, StringComparison.Ordinal)));
    }
}
