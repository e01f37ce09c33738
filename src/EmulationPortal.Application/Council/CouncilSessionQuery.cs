using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>A session for its members and for admins and the political department; anyone else gets nothing.</summary>
public sealed class CouncilSessionQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<CouncilSessionView?> ExecuteAsync(ICurrentUser user, int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.CouncilSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var me = session?.AttendeeOf(user.UserId);
        if (session is null || (me is null && !CouncilAccess.MayManage(user)))
        {
            return null;
        }

        var round = await db.ReviewRounds.AsNoTracking().SingleAsync(r => r.Id == session.RoundId, ct);
        var book = (await db.RuleSets.AsNoTracking().SingleAsync(r => r.Id == round.RuleSetId, ct)).Book;
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var agenda = await db.Nominations.AsNoTracking().Where(n => n.RoundId == round.Id && n.Status == NominationStatus.Accepted).OrderBy(n => n.Id).ToListAsync(ct);
        var people = agenda.Select(n => n.PersonId).OfType<string>().Concat(session.Attendees.Select(a => a.UserId)).ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var roundIds = session.BallotRounds.Select(b => b.Id).ToList();
        var voted = (await db.VoteRecords.AsNoTracking().Where(v => roundIds.Contains(v.BallotRoundId)).ToListAsync(ct)).ToLookup(v => v.BallotRoundId);

        return new CouncilSessionView(
            session.Id, round.Id, round.Name, units[round.ScopeUnitId], session.Day, session.Status, session.Version, book.Quorum, session.HasQuorum(book.Quorum),
            session.Attendees.OrderBy(a => a.Role).ThenBy(a => names[a.UserId]).Select(a => new CouncilSessionView.Attendee(a.Id, names[a.UserId], a.Role, a.Present)).ToList(),
            agenda.GroupBy(n => n.Title).OrderBy(g => g.Key).Select(g => new CouncilSessionView.AgendaItem(book.Title(g.Key), g.Select(n => new CouncilSessionView.Nominee(
                n.Id, n.PersonId is null ? units[n.SubjectUnitId] : names.GetValueOrDefault(n.PersonId, "?"), units[n.NominatingUnitId], n.CouncilOutcome)).ToList())).ToList(),
            session.BallotRounds.OrderBy(b => b.Title).ThenBy(b => b.Number).Select(b => new CouncilSessionView.Round(
                b.Id, b.Title, b.Number, b.Secret, b.IsClosed, b.BallotsCounted, b.NominationIds,
                voted[b.Id].Select(v => v.AttendeeId).ToHashSet(), voted[b.Id].Where(v => v.InWriting).Select(v => v.AttendeeId).ToHashSet(),
                b.IsClosed ? b.Tallies.OrderBy(t => t.NominationId).ToList() : [])).ToList(),
            new CouncilSessionView.Viewer(me?.Id, me?.Role, session.IsRunBy(user.UserId)));
    }

    /// <summary>The session held on a round, if one was opened.</summary>
    public async Task<int?> IdForRoundAsync(int roundId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CouncilSessions.Where(s => s.RoundId == roundId).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
    }

    /// <summary>Whether a receipt code belongs to a ballot counted in this session (never what the ballot said).</summary>
    public async Task<bool> IsCountedAsync(int sessionId, string receiptCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = BallotReceipt.HashOf(receiptCode);
        return await db.Ballots.AnyAsync(b => b.ReceiptHash == hash && db.BallotRounds.Any(r => r.Id == b.BallotRoundId && r.SessionId == sessionId), ct);
    }
}
