using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>A signed member's leader reports where the unit stands on one of its commitments, as of today.</summary>
public sealed class ReportCovenantProgress(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ReportCovenantProgress.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int CovenantId { get; set; }
        public int CriterionId { get; set; }
        public double Value { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Value).Must(v => double.IsFinite(v) && v >= 0 && v <= Criterion.MaxValue).WithErrorCode("covenant.report.invalid");
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
            scope.Covenant.Report(scope.Cluster, scope.MemberUnitId, request.CriterionId, request.Value, clock.Today(), user.UserId);
            return Task.FromResult(true);
        }, ct);
    }
}
