using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The political department (and admins) run rounds and see all of them; a unit leader sees and nominates within their
/// subtree; staff see their own evidence and verdicts only.
/// </summary>
internal static class ReviewAccess
{
    public static bool MayManage(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);

    public static bool MayNominate(ICurrentUser user) => user.IsInRole(Roles.UnitLeader);

    /// <summary>The people of an assessment the user may see, and the units whose collectives and quotas they may see.</summary>
    public static (IReadOnlyList<PersonAssessment> People, IReadOnlyList<CollectiveAssessment> Collectives) Visible(RoundAssessment assessment, ICurrentUser user)
    {
        if (MayManage(user))
        {
            return (assessment.People, assessment.Collectives);
        }

        if (MayNominate(user))
        {
            var subtree = UnitScope.Subtree(user.OrgUnitId, assessment.Children);
            return (assessment.People.Where(p => subtree.Contains(p.UnitId)).ToList(), assessment.Collectives.Where(c => subtree.Contains(c.UnitId)).ToList());
        }

        return (assessment.People.Where(p => p.UserId == user.UserId).ToList(), []);
    }
}
