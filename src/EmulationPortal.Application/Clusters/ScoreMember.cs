using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Clusters;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// A member unit's leader scores a member on the covenant's criteria: its own unit (the self-score, with its evidence)
/// or another member (the cross-score). Entering again replaces the unit's earlier points until the vote starts.
/// </summary>
public sealed class ScoreMember(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ScoreMember.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int CovenantId { get; set; }
        public int ScoredUnitId { get; set; }

        /// <summary>Criterion id → points from 0 to 10.</summary>
        public Dictionary<int, double> Points { get; set; } = [];

        public string? Evidence { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Points).NotEmpty().WithErrorCode("covenant.score.required");
            RuleForEach(r => r.Points).Must(p => double.IsFinite(p.Value) && p.Value >= 0 && p.Value <= Covenant.MaxPoints).WithErrorCode("covenant.score.range");
            this.RuleForTyped(r => r.Evidence).MaximumLength(CovenantScore.EvidenceMaxLength).WithErrorCode("covenant.score.evidence");
        }
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        return await CovenantCommand.RunAsync(dbFactory, user, request.CovenantId, version: null, scope =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (criterionId, points) in request.Points)
            {
                scope.Covenant.Score(scope.Cluster, scope.MemberUnitId, request.ScoredUnitId, criterionId, points, request.Evidence, user.UserId, now);
            }

            return Task.FromResult(true);
        }, ct);
    }
}
