using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>The comments of a round's disclosure period a user may read: every one for the political department, their own for anyone else.</summary>
internal static class DisclosureComments
{
    public static async Task<IReadOnlyList<ReviewRoundDetail.CommentRow>> VisibleAsync(
        PortalDbContext db, RoundAssessment assessment, ICurrentUser user, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<int, string> unitNames, CancellationToken ct)
    {
        var manager = ReviewAccess.MayManage(user);
        var comments = await db.NominationComments.AsNoTracking()
            .Where(c => c.RoundId == assessment.Round.Id && (manager || c.AuthorUserId == user.UserId))
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var authorIds = comments.Select(c => c.AuthorUserId).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var nominations = assessment.Nominations.ToDictionary(n => n.Id);
        return comments.Select(c =>
        {
            var n = nominations[c.NominationId];
            var subject = n.PersonId is null ? unitNames[n.SubjectUnitId] : names.GetValueOrDefault(n.PersonId, "?");
            return new ReviewRoundDetail.CommentRow(c.Id, c.NominationId, subject, n.Title, authors.GetValueOrDefault(c.AuthorUserId, "?"), c.Kind, c.Text, c.AtUtc);
        }).ToList();
    }
}
