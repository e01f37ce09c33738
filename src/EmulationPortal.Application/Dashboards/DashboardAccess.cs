using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Dashboards;

/// <summary>Dashboards are for the political department and admins (every unit) and unit leaders (their own subtree).</summary>
public static class DashboardAccess
{
    public static bool MayView(ICurrentUser user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer) || user.IsInRole(Roles.UnitLeader);
}
