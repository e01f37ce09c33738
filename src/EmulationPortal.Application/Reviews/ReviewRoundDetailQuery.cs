using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// A round with every verdict the user may see. Nominations beyond a unit's quota are all kept and the latest ones
/// flagged, so the council sees the whole list and breaks the tie by vote. Once the proposed list is published
/// (disclosure), everyone of the scope sees its standing nominations.
/// </summary>
public sealed class ReviewRoundDetailQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<ReviewRoundDetail?> ExecuteAsync(ICurrentUser user, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var assessment = await RoundAssessor.AssessAsync(db, roundId, ct);
        if (assessment is null || !await TakesPartAsync(db, assessment, user, ct))
        {
            return null;
        }

        var round = assessment.Round;
        var (people, collectives) = ReviewAccess.Visible(assessment, user);
        var units = collectives.Select(c => c.UnitId).ToHashSet();
        var unitNames = assessment.Collectives.ToDictionary(c => c.UnitId, c => c.Name);
        var names = assessment.People.ToDictionary(p => p.UserId, p => p.FullName);
        var overQuota = OverQuota(assessment);
        var visibleIds = people.Select(p => p.UserId).ToHashSet();
        var published = round.DisclosedBy(clock.Today());
        var nominations = assessment.Nominations
            .Where(n => ReviewAccess.MayManage(user) || units.Contains(n.NominatingUnitId) || (n.PersonId is not null && visibleIds.Contains(n.PersonId))
                || (published && n.Status != NominationStatus.Returned))
            .Select(n => new ReviewRoundDetail.NominationRow(n.Id, n.Title, n.PersonId, n.SubjectUnitId, n.NominatingUnitId, n.PersonId is null ? unitNames[n.SubjectUnitId] : names.GetValueOrDefault(n.PersonId, "?"),
                unitNames[n.NominatingUnitId], n.Summary, n.Status, n.ReturnReason, overQuota.Contains(n.Id), n.Version))
            .ToList();

        var book = assessment.RuleSet.Book;
        return new ReviewRoundDetail(
            round.Id, round.Name, round.Year, round.Status, round.Version, unitNames[round.ScopeUnitId], assessment.RuleSet.Name, book.Instruments,
            book.Titles.Where(t => round.Titles.Contains(t.Title)).ToList(),
            people.Select(p => new ReviewRoundDetail.PersonRow(p.UserId, p.FullName, p.StaffCode, unitNames[p.UnitId], p.Evidence.Rating, p.Evidence.Pledges, p.Evidence.Recognitions,
                p.Verdicts.Where(v => round.Titles.Contains(v.Title)).ToList(), AchievementSummary.For(p)) { Initiatives = p.Evidence.Initiatives }).ToList(),
            collectives.Select(c => new ReviewRoundDetail.CollectiveRow(c.UnitId, c.Code, c.Name, c.Rating, c.Members, c.Verdicts.Where(v => round.Titles.Contains(v.Title)).ToList())).ToList(),
            collectives.Where(c => c.Members > 0).Select(c => new ReviewRoundDetail.UnitQuotas(c.UnitId, c.Name, assessment.QuotasOf(c.UnitId))).ToList(),
            nominations,
            ReviewAccess.MayManage(user))
        {
            Publication = round.DisclosureFrom is { } from
                ? new ReviewRoundDetail.Disclosure(from, round.DisclosureUntil!.Value, round.DisclosureDays, round.InDisclosure(clock.Today()))
                : null,
            Comments = await DisclosureComments.VisibleAsync(db, assessment, user, names, unitNames, ct),
            NominationFiles = ReviewAccess.MayManage(user) ? await NominationFilesAsync(db, nominations, ct) : new Dictionary<int, IReadOnlyList<ReviewRoundDetail.NominationFile>>(),
        };
    }

    /// <summary>Names and ids only: the bytes stay in their own table until a file is downloaded.</summary>
    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<ReviewRoundDetail.NominationFile>>> NominationFilesAsync(
        PortalDbContext db, IReadOnlyList<ReviewRoundDetail.NominationRow> nominations, CancellationToken ct)
    {
        var ids = nominations.Select(n => n.Id).ToList();
        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == AttachmentOwner.Nomination && ids.Contains(a.OwnerId))
            .OrderBy(a => a.Id)
            .Select(a => new { a.OwnerId, File = new ReviewRoundDetail.NominationFile(a.Id, a.FileName) })
            .ToListAsync(ct);
        return files.GroupBy(f => f.OwnerId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewRoundDetail.NominationFile>)g.Select(f => f.File).ToList());
    }

    /// <summary>Staff and leaders take part in a round whose scope holds their unit; it shows once it is open.</summary>
    internal static async Task<bool> TakesPartAsync(PortalDbContext db, RoundAssessment assessment, ICurrentUser user, CancellationToken ct)
    {
        if (ReviewAccess.MayManage(user))
        {
            return true;
        }

        var unit = await db.OrgUnits.AsNoTracking().AnyAsync(u => u.Id == user.OrgUnitId, ct);
        return unit && assessment.Round.Status != ReviewRoundStatus.Draft
            && UnitScope.Subtree(assessment.Round.ScopeUnitId, assessment.Children).Contains(user.OrgUnitId);
    }

    /// <summary>The standing nominations of each unit and title beyond its quota, latest first to be flagged.</summary>
    internal static HashSet<int> OverQuota(RoundAssessment assessment) =>
        assessment.Nominations
            .Where(n => n.Status != NominationStatus.Returned)
            .GroupBy(n => (n.NominatingUnitId, n.Title))
            .SelectMany(g =>
            {
                var limit = assessment.QuotasOf(g.Key.NominatingUnitId).FirstOrDefault(q => q.Title == g.Key.Title)?.Limit;
                return limit is { } l ? g.OrderBy(n => n.Id).Skip(l).Select(n => n.Id) : [];
            })
            .ToHashSet();
}
