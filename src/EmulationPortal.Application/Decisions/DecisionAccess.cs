using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Decisions are drafted, issued, revoked and read by the political department and admins. Council members will read
/// them too once council membership exists (lane "council"); until then they are not a role of their own.
/// </summary>
internal static class DecisionAccess
{
    public static bool MayManage(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);
}
