using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>What a nomination's achievement report (báo cáo thành tích) is drafted from: the round's record of the subject and its verdict.</summary>
public sealed record AchievementReport(
    int NominationId,
    int Year,
    string RoundName,
    TitleRule Title,
    string Subject,
    string? StaffCode,
    bool IsCollective,
    string Unit,
    string NominatingUnit,
    string Summary,
    DutyRating? Rating,
    int Members,
    IReadOnlyList<PledgeFact> Pledges,
    int Recognitions,
    IReadOnlyList<InitiativeFact> Initiatives,
    Verdict? Verdict,
    IReadOnlyList<Instrument> Instruments);

/// <summary>
/// A nomination's report data for the political department, the leaders whose subtree nominated it and the person
/// nominated; read from the round's record (its snapshot once in council), so the report says what the verdict rests on.
/// </summary>
public sealed class AchievementReportQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<AchievementReport?> ExecuteAsync(ICurrentUser user, int nominationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roundId = await db.Nominations.AsNoTracking().Where(n => n.Id == nominationId).Select(n => (int?)n.RoundId).SingleOrDefaultAsync(ct);
        var assessment = roundId is { } id ? await RoundAssessor.AssessAsync(db, id, ct) : null;
        var nomination = assessment?.Nominations.SingleOrDefault(n => n.Id == nominationId);
        if (assessment is null || nomination is null || !MayRead(assessment, nomination, user))
        {
            return null;
        }

        var units = assessment.Collectives.ToDictionary(c => c.UnitId);
        var person = nomination.PersonId is null ? null : assessment.People.SingleOrDefault(p => p.UserId == nomination.PersonId);
        var collective = units.GetValueOrDefault(nomination.SubjectUnitId);
        var verdict = person?.Verdicts.FirstOrDefault(v => v.Title == nomination.Title) ?? collective?.Verdicts.FirstOrDefault(v => v.Title == nomination.Title);
        var book = assessment.RuleSet.Book;
        return new AchievementReport(
            nomination.Id, assessment.Round.Year, assessment.Round.Name, book.Title(nomination.Title),
            person?.FullName ?? collective?.Name ?? "?", person?.StaffCode, person is null,
            collective?.Name ?? "?", units.GetValueOrDefault(nomination.NominatingUnitId)?.Name ?? "?", nomination.Summary,
            person is null ? collective?.Rating : person.Evidence.Rating, person is null ? collective?.Members ?? 0 : 0,
            person?.Evidence.Pledges ?? [], person?.Evidence.Recognitions ?? 0, person?.Evidence.Initiatives ?? [],
            verdict, book.Instruments);
    }

    /// <summary>The political department; a leader over the nominating or the nominated unit; the person nominated.</summary>
    private static bool MayRead(RoundAssessment assessment, Nomination nomination, ICurrentUser user)
    {
        if (ReviewAccess.MayManage(user) || (nomination.PersonId is not null && nomination.PersonId == user.UserId))
        {
            return true;
        }

        var subtree = UnitScope.Subtree(user.OrgUnitId, assessment.Children);
        return ReviewAccess.MayNominate(user) && (subtree.Contains(nomination.NominatingUnitId) || subtree.Contains(nomination.SubjectUnitId));
    }
}
