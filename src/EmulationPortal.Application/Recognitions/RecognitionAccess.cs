using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Recognitions;

/// <summary>Recognitions are recorded and read by the political department and admins.</summary>
internal static class RecognitionAccess
{
    public static bool MayManage(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);
}
