using EmulationPortal.Application.Dashboards;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Dashboards;

/// <summary>The units table's state: filter (diacritics-insensitive, <see cref="UnitFilter"/>), collapsed branches, sort and page.</summary>
public sealed partial class UnitTable
{
    internal const int PageSize = 50;

    private enum SortKey { None, Name, Participation, Completion }

    private readonly HashSet<int> _collapsed = [];
    private string? _search;
    private bool _behindOnly;
    private SortKey _sortBy;
    private bool _descending;
    private int _page;
    private int _rowCount;
    private CampaignDashboard? _indexed;
    private Dictionary<int, UnitFigure> _byId = [];
    private HashSet<int> _parents = [];

    [Parameter, EditorRequired]
    public CampaignDashboard Dashboard { get; set; } = default!;

    private int PageCount => Math.Max(1, (_rowCount + PageSize - 1) / PageSize);

    /// <summary>While filtering, every unit is a candidate (a match deep in a collapsed branch must still show).</summary>
    private IEnumerable<UnitFigure> VisibleRows => UnitFilter.IsActive(_search, _behindOnly)
        ? UnitFilter.Apply(Dashboard.Units, _search, _behindOnly)
        : Dashboard.Units.Where(u => !HiddenByCollapse(u));

    private List<UnitFigure> Rows => (_sortBy switch
    {
        SortKey.Name => Sorted(u => u.Name),
        SortKey.Participation => Sorted(u => u.Participation ?? -1),
        SortKey.Completion => Sorted(u => u.Completion?.Value ?? -1),
        _ => VisibleRows,
    }).ToList();

    /// <summary>The current page of rows; a page past the end (after filtering or collapsing) falls back to the last one.</summary>
    private IEnumerable<UnitFigure> PageRows
    {
        get
        {
            var rows = Rows;
            _rowCount = rows.Count;
            _page = Math.Clamp(_page, 0, PageCount - 1);
            return rows.Skip(_page * PageSize).Take(PageSize);
        }
    }

    private IEnumerable<UnitFigure> Sorted<TKey>(Func<UnitFigure, TKey> key) =>
        _descending ? VisibleRows.OrderByDescending(key) : VisibleRows.OrderBy(key);

    private string UnitLink(UnitFigure unit) => $"/dashboard/{Dashboard.CampaignId}/units/{unit.OrgUnitId}";

    private void Search(string? text) => (_search, _page) = (text, 0);

    private void BehindOnly(bool on) => (_behindOnly, _page) = (on, 0);

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_indexed, Dashboard))
        {
            (_indexed, _byId, _parents) = (Dashboard, Dashboard.Units.ToDictionary(u => u.OrgUnitId), Dashboard.Units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet());
        }
    }

    private bool HasChildren(UnitFigure unit) => _parents.Contains(unit.OrgUnitId);

    private bool HiddenByCollapse(UnitFigure unit)
    {
        if (_collapsed.Count == 0)
        {
            return false;
        }

        var parent = unit.ParentId;
        while (parent is { } id && _byId.TryGetValue(id, out var ancestor))
        {
            if (_collapsed.Contains(id))
            {
                return true;
            }

            parent = ancestor.ParentId;
        }

        return false;
    }

    private void Toggle(int unitId)
    {
        if (!_collapsed.Remove(unitId))
        {
            _collapsed.Add(unitId);
        }
    }

    /// <summary>As MudTableSortLabel: ascending, descending, then unsorted.</summary>
    private void SortOn(SortKey key)
    {
        if (_sortBy != key)
        {
            (_sortBy, _descending) = (key, false);
        }
        else if (!_descending)
        {
            _descending = true;
        }
        else
        {
            (_sortBy, _descending) = (SortKey.None, false);
        }
    }

    private string? AriaSort(SortKey key) => _sortBy != key ? null : _descending ? "descending" : "ascending";
}
