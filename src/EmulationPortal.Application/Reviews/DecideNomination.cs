using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>The political department accepts a nomination or returns it to the unit with a reason; audited.</summary>
public sealed class DecideNomination(IDbContextFactory<PortalDbContext> dbFactory, IValidator<DecideNomination.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int NominationId { get; set; }
        public Guid Version { get; set; }
        public bool Accept { get; set; }

        /// <summary>Required when returning.</summary>
        public string? Reason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => this.RuleForTyped(r => r.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().When(r => !r.Accept).WithErrorCode("nomination.return.reasonRequired")
            .MaximumLength(Nomination.ReasonMaxLength).WithErrorCode("nomination.return.reasonTooLong");
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!ReviewAccess.MayManage(user))
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
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == request.NominationId, ct);
        if (nomination is null)
        {
            return Outcome.NotFound();
        }

        var round = await db.ReviewRounds.AsNoTracking().SingleAsync(r => r.Id == nomination.RoundId, ct);
        return await db.SaveAsync(nomination, request.Version, () =>
        {
            if (request.Accept)
            {
                nomination.Accept(round, user.UserId);
            }
            else
            {
                nomination.Return(round, user.UserId, request.Reason!);
            }
        }, ct);
    }
}
