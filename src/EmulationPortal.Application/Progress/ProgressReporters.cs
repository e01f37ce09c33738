using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Targets;

namespace EmulationPortal.Application.Progress;

/// <summary>Who reports on a unit's target (a pledge's progress is its owner's, <c>PledgeOwnership.Owns</c>): the unit's own leader.</summary>
internal static class ProgressReporters
{
    public static bool ReportsOn(this ICurrentUser user, UnitTarget target) =>
        user.IsInRole(Roles.UnitLeader) && target.OrgUnitId == user.OrgUnitId;
}
