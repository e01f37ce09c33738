using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// The head proposes the acclaimed unit for the flag (Cờ thi đua) in the managing unit's open review round of the year:
/// a collective nomination charged to the head's unit, which the political department then accepts or returns as any other.
/// </summary>
public sealed class ProposeForFlag(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ProposeForFlag.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int CovenantId { get; set; }
        public Guid Version { get; set; }
        public string Summary { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            this.RuleForTyped(r => r.Summary).NotEmpty().WithErrorCode("nomination.summary.required")
                .MaximumLength(Nomination.SummaryMaxLength).WithErrorCode("nomination.summary.tooLong");
        }
    }

    /// <returns>The review round the nomination went to.</returns>
    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        return await CovenantCommand.RunAsync(dbFactory, user, request.CovenantId, request.Version, async scope =>
        {
            var (covenant, cluster) = (scope.Covenant, scope.Cluster);
            covenant.EnsureHead(cluster, scope.MemberUnitId);
            var leader = covenant.LeaderUnitId ?? throw new DomainRuleException("acclamation.cannotPropose", "No unit has been acclaimed yet.");
            var round = await scope.Db.ReviewRounds.Where(r => r.Year == covenant.Year && r.ScopeUnitId == cluster.ManagingUnitId && r.Status == ReviewRoundStatus.Open)
                .ToListAsync(ct);
            var flagRound = round.FirstOrDefault(r => r.Titles.Contains(AwardTitle.EmulationFlag))
                ?? throw new DomainRuleException("cluster.flag.noRound", "The managing unit has no open review round of the year for the flag.");
            if (await scope.Db.Nominations.AnyAsync(n => n.RoundId == flagRound.Id && n.Title == AwardTitle.EmulationFlag && n.PersonId == null && n.SubjectUnitId == leader && n.Status != NominationStatus.Returned, ct))
            {
                throw new DomainRuleException("nomination.duplicate", "This candidate is already proposed for the title.");
            }

            var nomination = Nomination.OfCollective(flagRound, AwardTitle.EmulationFlag, scope.MemberUnitId, leader, request.Summary, user.UserId, clock.GetUtcNow().UtcDateTime);
            scope.Db.Nominations.Add(nomination);
            await scope.Db.SaveChangesAsync(ct);
            covenant.RecordFlagProposal(cluster, scope.MemberUnitId, nomination.Id);
            return flagRound.Id;
        }, ct);
    }
}
