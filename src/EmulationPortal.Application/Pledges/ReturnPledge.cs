using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Pledges;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>A reviewer returns a submitted pledge with a reason the owner sees on their pledge page.</summary>
public sealed class ReturnPledge(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ReturnPledge.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int PledgeId { get; set; }
        public Guid Version { get; set; }
        public string Reason { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => this.RuleForTyped(r => r.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("pledge.return.reasonRequired")
            .MaximumLength(Pledge.ReturnReasonMaxLength).WithErrorCode("pledge.return.reasonTooLong");
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!ReviewScope.MayReview(user))
        {
            return Outcome.Forbidden();
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var pledge = await db.Pledges.SingleOrDefaultAsync(p => p.Id == request.PledgeId, ct);
        if (pledge is null)
        {
            return Outcome.NotFound();
        }

        if (!(await ReviewScope.ReviewableAsync(db, user, ct))(pledge))
        {
            return Outcome.Forbidden();
        }

        return await db.SaveAsync(pledge, request.Version, () => pledge.Return(user.UserId, clock.GetUtcNow().UtcDateTime, request.Reason), ct);
    }
}
