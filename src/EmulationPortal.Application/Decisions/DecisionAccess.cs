using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// Decisions are drafted, issued and revoked by the political department and admins, who read them all. A council
/// member reads (never changes) the decision of a round whose session they sat on (present or voting in writing): the
/// council proposes, the director decides, and the members may see what became of their vote.
/// </summary>
internal static class DecisionAccess
{
    public static bool MayManage(ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PoliticalOfficer);

    /// <summary>The rounds whose council session the user sat on.</summary>
    public static IQueryable<int> RoundsSatOn(PortalDbContext db, ICurrentUser user)
    {
        var userId = user.UserId;
        return db.CouncilSessions.Where(s => s.Attendees.Any(a => a.UserId == userId)).Select(s => s.RoundId);
    }

    public static async Task<bool> MayReadAsync(PortalDbContext db, ICurrentUser user, int roundId, CancellationToken ct) =>
        MayManage(user) || await RoundsSatOn(db, user).ContainsAsync(roundId, ct);
}
