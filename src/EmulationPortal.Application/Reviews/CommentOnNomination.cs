using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// Anyone of the round's scope comments on a published nomination, or flags a wrong fact in it, during the disclosure
/// period; the political department reads every comment, the author their own. Audited.
/// </summary>
public sealed class CommentOnNomination(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<CommentOnNomination.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int NominationId { get; set; }
        public CommentKind Kind { get; set; }
        public string Text { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Kind).IsInEnum().WithErrorCode("comment.kind.invalid");
            this.RuleForTyped(r => r.Text).NotEmpty().WithErrorCode("comment.text.required")
                .MaximumLength(NominationComment.TextMaxLength).WithErrorCode("comment.text.tooLong");
        }
    }

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var nomination = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == request.NominationId, ct);
        if (nomination is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        var round = await db.ReviewRounds.AsNoTracking().SingleAsync(r => r.Id == nomination.RoundId, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var scope = UnitScope.Subtree(round.ScopeUnitId, units.ToLookup(u => u.ParentId!.Value, u => u.Id));
        if (!ReviewAccess.MayManage(user) && !scope.Contains(user.OrgUnitId))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        NominationComment? comment = null;
        return await db.SaveAsync(
            () => comment = db.NominationComments.Add(new NominationComment(round, nomination, user.UserId, request.Kind, request.Text, clock.Today(), clock.GetUtcNow().UtcDateTime)).Entity,
            () => comment!.Id, ct);
    }
}
