using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The political department publishes the round's proposed list to the whole scope for a number of working days
/// (Vietnamese public holidays skipped); the staff of the scope may comment meanwhile. Audited.
/// </summary>
public sealed class DiscloseNominations(IDbContextFactory<PortalDbContext> dbFactory, IValidator<DiscloseNominations.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int RoundId { get; set; }
        public Guid Version { get; set; }
        public DateOnly? From { get; set; }
        public int? WorkingDays { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.From).NotNull().WithErrorCode("review.disclosure.fromRequired");
            RuleFor(r => r.WorkingDays).NotNull().InclusiveBetween(1, ReviewRound.MaxDisclosureDays).WithErrorCode("review.disclosure.days");
        }
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
        var round = await db.ReviewRounds.SingleOrDefaultAsync(r => r.Id == request.RoundId, ct);
        if (round is null)
        {
            return Outcome.NotFound();
        }

        return await db.SaveAsync(round, request.Version, () => round.Disclose(request.From!.Value, request.WorkingDays!.Value), ct);
    }
}
