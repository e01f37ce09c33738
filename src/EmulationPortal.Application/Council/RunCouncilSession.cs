using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>
/// The chair's and the secretary's steps in a session, each one transaction on the version of the session they saw,
/// audited: attendance, starting and closing ballot rounds (an open vote's approvals are entered at its close), the
/// chair's tie-break, and closing the session, which hands each nomination its council outcome.
/// </summary>
public sealed class RunCouncilSession(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<Outcome> SetAttendanceAsync(ICurrentUser user, int sessionId, Guid version, int attendeeId, bool present, CancellationToken ct = default) =>
        await SessionCommand.RunAsync(dbFactory, user, sessionId, version, s => s.IsRunBy(user.UserId), scope =>
        {
            scope.Session.SetAttendance(attendeeId, present);
            return Task.FromResult(true);
        }, ct);

    public async Task<Outcome> StartBallotRoundAsync(ICurrentUser user, int sessionId, Guid version, AwardTitle title, CancellationToken ct = default) =>
        await SessionCommand.RunAsync(dbFactory, user, sessionId, version, s => s.IsRunBy(user.UserId), async scope =>
        {
            var agenda = (await scope.AgendaAsync(ct)).Where(n => n.Title == title).Select(n => n.Id).ToList();
            return scope.Session.StartBallotRound(scope.Book.Title(title), scope.Book.Quorum, agenda);
        }, ct);

    /// <summary>Counts a secret round from its ballots; an open round takes <paramref name="openApprovals"/> (nomination → approvals).</summary>
    public async Task<Outcome> CloseBallotRoundAsync(
        ICurrentUser user, int sessionId, Guid version, int ballotRoundId, IReadOnlyDictionary<int, int>? openApprovals, CancellationToken ct = default) =>
        await SessionCommand.RunAsync(dbFactory, user, sessionId, version, s => s.IsRunBy(user.UserId), async scope =>
        {
            var round = scope.Session.BallotRounds.Single(b => b.Id == ballotRoundId);
            var quotas = await scope.QuotasAsync(round.Title, ct);
            if (!round.Secret)
            {
                scope.Session.CloseBallotRound(round.Id, scope.Book.Title(round.Title), openApprovals ?? new Dictionary<int, int>(), scope.Session.PresentCount, quotas);
                return true;
            }

            var ballots = await scope.Db.Ballots.Where(b => b.BallotRoundId == round.Id).Select(b => b.Approved).ToListAsync(ct);
            var approvals = round.NominationIds.ToDictionary(id => id, id => ballots.Count(b => b.Contains(id)));
            scope.Session.CloseBallotRound(round.Id, scope.Book.Title(round.Title), approvals, ballots.Count, quotas);
            return true;
        }, ct, $"UPDATE \"BallotRounds\" SET \"IsClosed\" = \"IsClosed\" WHERE \"Id\" = {ballotRoundId} AND \"SessionId\" = {sessionId}");

    public async Task<Outcome> BreakTieAsync(ICurrentUser user, int sessionId, Guid version, AwardTitle title, IReadOnlyCollection<int> picked, CancellationToken ct = default) =>
        await SessionCommand.RunAsync(dbFactory, user, sessionId, version, s => s.AttendeeOf(user.UserId) is not null, async scope =>
        {
            scope.Session.BreakTie(user.UserId, title, picked, await scope.QuotasAsync(title, ct));
            return true;
        }, ct);

    public async Task<Outcome> CloseSessionAsync(ICurrentUser user, int sessionId, Guid version, CancellationToken ct = default) =>
        await SessionCommand.RunAsync(dbFactory, user, sessionId, version, s => s.IsRunBy(user.UserId), async scope =>
        {
            var agenda = await scope.AgendaAsync(ct);
            var outcomes = scope.Session.Close(agenda.Select(n => n.Id).ToList());
            agenda.ForEach(n => n.RecordCouncilOutcome(scope.Round, outcomes[n.Id]));
            return true;
        }, ct);
}
