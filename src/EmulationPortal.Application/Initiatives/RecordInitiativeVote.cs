using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// A council member's agree or disagree, with a score: cast by the member, or recorded from the meeting's minutes by the
/// secretary (the political department). Only a member of the initiative's council, never one of its authors.
/// </summary>
public sealed class RecordInitiativeVote(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record Request(int InitiativeId, Guid Version, string MemberUserId, bool Agrees, int Score);

    public Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (request.MemberUserId != user.UserId && !InitiativeAccess.MayJudge(user))
        {
            return Task.FromResult(Outcome.Forbidden());
        }

        return InitiativeChange.ApplyAsync(dbFactory, user, request.InitiativeId, request.Version, async (db, initiative, token) =>
        {
            var members = await InitiativeCouncils.MembersAsync(db, initiative.CouncilUnitId ?? 0, token);
            if (!members.Contains(request.MemberUserId))
            {
                return request.MemberUserId == user.UserId ? Outcome.Forbidden() : Outcome.NotFound();
            }

            initiative.Vote(request.MemberUserId, request.Agrees, request.Score, clock.GetUtcNow().UtcDateTime);
            return Outcome.Ok();
        }, ct);
    }
}
