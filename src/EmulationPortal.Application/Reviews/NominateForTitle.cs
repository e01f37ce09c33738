using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// A unit leader proposes an eligible person or collective of their subtree for a title. Going over the unit's quota is
/// allowed and flagged (the council breaks ties by vote); proposing someone the rules do not admit is refused.
/// </summary>
public sealed class NominateForTitle(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<NominateForTitle.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public int RoundId { get; set; }
        public AwardTitle Title { get; set; }

        /// <summary>The person proposed; null proposes the collective <see cref="UnitId"/>.</summary>
        public string? PersonId { get; set; }

        public int? UnitId { get; set; }
        public string Summary { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Title).IsInEnum().WithErrorCode("nomination.title.invalid");
            RuleFor(r => r.UnitId).NotNull().When(r => r.PersonId is null).WithErrorCode("nomination.subject.required");
            this.RuleForTyped(r => r.Summary).NotEmpty().WithErrorCode("nomination.summary.required")
                .MaximumLength(Nomination.SummaryMaxLength).WithErrorCode("nomination.summary.tooLong");
        }
    }

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!ReviewAccess.MayNominate(user))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<int>.From(Outcome.Invalid(validation));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var assessment = await RoundAssessor.AssessAsync(db, request.RoundId, ct);
        if (assessment is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        var subtree = UnitScope.Subtree(user.OrgUnitId, assessment.Children);
        var person = assessment.People.FirstOrDefault(p => p.UserId == request.PersonId);
        var collective = assessment.Collectives.FirstOrDefault(c => c.UnitId == request.UnitId);
        var verdict = request.PersonId is not null ? person?.Verdicts.FirstOrDefault(v => v.Title == request.Title) : collective?.Verdicts.FirstOrDefault(v => v.Title == request.Title);
        var subjectUnit = person?.UnitId ?? collective?.UnitId;
        if (verdict is null || subjectUnit is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        if (!subtree.Contains(subjectUnit.Value))
        {
            return Outcome<int>.From(Outcome.Forbidden());
        }

        if (verdict.Outcome != RuleOutcome.Pass)
        {
            return Outcome<int>.From(Outcome.Broken(new DomainRuleException("nomination.notEligible", "The rules do not admit this candidate for the title.")));
        }

        var duplicate = assessment.Nominations.Any(n => n.Title == request.Title && n.Status != NominationStatus.Returned
            && (request.PersonId is not null ? n.PersonId == request.PersonId : n.PersonId is null && n.SubjectUnitId == subjectUnit));
        if (duplicate)
        {
            return Outcome<int>.From(Outcome.Broken(new DomainRuleException("nomination.duplicate", "This candidate is already proposed for the title.")));
        }

        var round = await db.ReviewRounds.SingleAsync(r => r.Id == request.RoundId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Nomination? nomination = null;
        return await db.SaveAsync(() => nomination = db.Nominations.Add(request.PersonId is not null
                ? Nomination.OfPerson(round, request.Title, user.OrgUnitId, subjectUnit.Value, request.PersonId, request.Summary, user.UserId, now)
                : Nomination.OfCollective(round, request.Title, user.OrgUnitId, subjectUnit.Value, request.Summary, user.UserId, now)).Entity,
            () => nomination!.Id, ct);
    }
}
