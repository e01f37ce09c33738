using EmulationPortal.Application.Access;
using EmulationPortal.Application.Reviews;

namespace EmulationPortal.Application.Council;

/// <summary>Admins and the political department seat councils and may follow any session; only its members act in one.</summary>
internal static class CouncilAccess
{
    public static bool MayManage(ICurrentUser user) => ReviewAccess.MayManage(user);
}
