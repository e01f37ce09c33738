using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>A member unit's leader states the unit's commitments on every criterion and signs the covenant for it (who and when are kept).</summary>
public sealed class SignCovenant(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<SignCovenant.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int CovenantId { get; set; }

        /// <summary>Criterion id → the value the unit commits to.</summary>
        public Dictionary<int, double> Commitments { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Commitments).NotEmpty().WithErrorCode("covenant.commitments.missing");
            RuleForEach(r => r.Commitments).Must(c => double.IsFinite(c.Value) && c.Value >= 0 && c.Value <= Criterion.MaxValue)
                .WithErrorCode("covenant.commitment.invalid");
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
            scope.Covenant.Commit(scope.Cluster, scope.MemberUnitId, request.Commitments);
            scope.Covenant.Sign(scope.Cluster, scope.MemberUnitId, user.UserId, clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(true);
        }, ct);
    }
}
