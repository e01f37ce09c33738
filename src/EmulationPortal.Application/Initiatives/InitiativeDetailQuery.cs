using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>An initiative the user may read, with its authors, its council's votes and the progress report it counted in; null otherwise.</summary>
public sealed class InitiativeDetailQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<InitiativeDetail?> ExecuteAsync(ICurrentUser user, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var readable = await InitiativeAccess.ReadableAsync(db, user, ct);
        var i = await readable.Include(x => x.Authors).Include(x => x.Votes).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }

        var names = await NamesAsync(db, i, ct);
        var unitName = await db.OrgUnits.Where(u => u.Id == i.OrgUnitId).Select(u => u.Name).SingleAsync(ct);
        var council = i.CouncilUnitId is null ? null : await CouncilAsync(db, i, names, ct);
        var campaignId = i.ProgressReportId is null ? null
            : await db.ProgressReports.Where(r => r.Id == i.ProgressReportId).Select(r => (int?)r.CampaignId).SingleOrDefaultAsync(ct);
        var judge = InitiativeAccess.MayJudge(user);
        var sitsOn = council?.Members.Any(m => m.UserId == user.UserId && !m.IsAuthor) == true;
        var evaluating = i.State == InitiativeState.UnderEvaluation;
        var may = new InitiativeDetail.Permissions(
            InitiativeAccess.MayEdit(user, i),
            judge && i.State == InitiativeState.Filed,
            judge && evaluating,
            judge && i.State is InitiativeState.Filed or InitiativeState.UnderEvaluation,
            sitsOn && evaluating ? user.UserId : null);

        return new InitiativeDetail(i.Id, i.Version, i.Code, i.Title, i.Problem, i.Solution, i.AppliedAt, i.AppliedSince, i.SavingVnd, i.SavingHours,
            unitName, i.State, i.Scope, i.RejectionReason, i.FiledOn, i.DecidedOn, i.ConsumedFor, i.ConsumedByDecisionId, campaignId,
            i.Authors.OrderByDescending(a => a.Share).Select(a => new InitiativeDetail.Author(a.UserId, names.GetValueOrDefault(a.UserId, "?"), a.Share)).ToList(),
            council, may);
    }

    private static async Task<Dictionary<string, string>> NamesAsync(PortalDbContext db, Initiative i, CancellationToken ct)
    {
        var ids = i.Authors.Select(a => a.UserId).Concat(i.Votes.Select(v => v.MemberUserId)).ToList();
        var members = db.InitiativeCouncilMembers.Where(m => m.OrgUnitId == i.CouncilUnitId).Select(m => m.UserId);
        return await db.Users.Where(u => ids.Contains(u.Id) || members.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    private async Task<InitiativeDetail.Council> CouncilAsync(PortalDbContext db, Initiative i, Dictionary<string, string> names, CancellationToken ct)
    {
        var unit = await db.OrgUnits.Where(u => u.Id == i.CouncilUnitId).Select(u => u.Name).SingleAsync(ct);
        var members = (await InitiativeCouncils.MembersAsync(db, i.CouncilUnitId!.Value, ct))
            .Select(m => (Id: m, Vote: i.Votes.FirstOrDefault(v => v.MemberUserId == m)))
            .Select(m => new InitiativeDetail.Member(m.Id, names.GetValueOrDefault(m.Id, "?"), i.IsAuthor(m.Id), m.Vote?.Agrees, m.Vote?.Score))
            .OrderBy(m => m.FullName, StringComparer.Ordinal)
            .ToList();
        var sitting = members.Where(m => !m.IsAuthor).Select(m => m.UserId).ToHashSet();
        var share = (await InitiativeCouncils.ApprovalAsync(db, clock.Today(), ct)).Value;
        var needed = (int)Math.Ceiling(share * sitting.Count - 0.000001m);
        return new InitiativeDetail.Council(unit, members, sitting.Count, i.AgreeingAmong(sitting), needed);
    }
}
