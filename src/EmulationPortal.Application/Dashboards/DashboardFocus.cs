namespace EmulationPortal.Application.Dashboards;

/// <summary>A dashboard drilled down to one unit's subtree: the unit, and its ancestors the viewer may see (topmost first) for the breadcrumb.</summary>
public sealed record DashboardFocus(int OrgUnitId, string Code, string Name, IReadOnlyList<UnitCrumb> Path);

public sealed record UnitCrumb(int OrgUnitId, string Code, string Name);
