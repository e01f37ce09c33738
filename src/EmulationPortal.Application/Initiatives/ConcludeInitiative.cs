using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// The secretary records the council's conclusion. Recognised (with a scope) only when the rule set in force today says
/// enough of the sitting members agreed; then it counts once toward a running drive's initiative criterion
/// (<see cref="InitiativeTally"/>). Rejected with a reason, from filed or under evaluation.
/// </summary>
public sealed class ConcludeInitiative(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ConcludeInitiative.Request> validator) : IUseCase
{
    /// <param name="Scope">Null rejects, with <paramref name="Reason"/>.</param>
    public sealed record Request(int InitiativeId, Guid Version, InitiativeScope? Scope, string? Reason);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Scope).IsInEnum().WithErrorCode("initiative.scope.invalid");
            this.RuleForTyped(r => r.Reason).NotEmpty().When(r => r.Scope is null).WithErrorCode("initiative.reason.required")
                .MaximumLength(Initiative.ReasonMaxLength).WithErrorCode("initiative.reason.tooLong");
        }
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!InitiativeAccess.MayJudge(user))
        {
            return Outcome.Forbidden();
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        return await InitiativeChange.ApplyAsync(dbFactory, user, request.InitiativeId, request.Version, async (db, initiative, token) =>
        {
            var today = clock.Today();
            if (request.Scope is not { } scope)
            {
                initiative.Reject(request.Reason ?? string.Empty, today);
                return Outcome.Ok();
            }

            initiative.Recognise(scope, await InitiativeCouncils.SittingAsync(db, initiative, token), await InitiativeCouncils.ApprovalAsync(db, today, token), today);
            await InitiativeTally.CountAsync(db, initiative, today, clock.GetUtcNow().UtcDateTime, token);
            return Outcome.Ok();
        }, ct);
    }
}
