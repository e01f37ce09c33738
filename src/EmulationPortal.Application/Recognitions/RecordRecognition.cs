using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Recognition;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Recognitions;

/// <summary>Records an advanced example, a good practice or a commendation for a person (with their unit) or a unit.</summary>
public sealed class RecordRecognition(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<RecordRecognition.Request> validator) : IUseCase
{
    /// <summary>Mutable so the form can bind to it; <see cref="UserId"/> null means the unit is recognised.</summary>
    public sealed class Request
    {
        public int CampaignId { get; set; }
        public RecognitionKind Kind { get; set; }
        public int OrgUnitId { get; set; }
        public string? UserId { get; set; }
        public string Reason { get; set; } = string.Empty;
        public DateTime? RecognisedOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.CampaignId).GreaterThan(0).WithErrorCode("recognition.campaign.required");
            RuleFor(r => r.OrgUnitId).GreaterThan(0).WithErrorCode("recognition.unit.required");
            RuleFor(r => r.Kind).IsInEnum().WithErrorCode("recognition.kind.invalid");
            this.RuleForTyped(r => r.Reason).NotEmpty().WithErrorCode("recognition.reason.required")
                .MaximumLength(Recognition.ReasonMaxLength).WithErrorCode("recognition.reason.tooLong");
            RuleFor(r => r.RecognisedOn).NotNull().WithErrorCode("recognition.date.required");
        }
    }

    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!RecognitionAccess.MayManage(user))
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
        var start = await db.Campaigns.Where(c => c.Id == request.CampaignId).Select(c => (DateOnly?)c.StartDate).SingleOrDefaultAsync(ct);
        var known = start is not null
            && await db.CampaignUnits.AnyAsync(u => u.CampaignId == request.CampaignId && u.OrgUnitId == request.OrgUnitId, ct);
        var person = request.UserId is null ? null : await db.Users.Where(u => u.Id == request.UserId).Select(u => new { u.Id, u.OrgUnitId }).SingleOrDefaultAsync(ct);
        if (!known || (request.UserId is not null && person is null))
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        // Recognised during the drive or at its summing-up afterwards, never before it starts nor on a day still to come.
        var day = DateOnly.FromDateTime(request.RecognisedOn!.Value);
        if (day < start || day > clock.Today())
        {
            return Outcome<int>.From(new Outcome(OutcomeStatus.Invalid,
                [new FieldError(nameof(Request.RecognisedOn), "recognition.date.outsideDrive", "The day is between the drive's start and today.")]));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Recognition? recognition = null;
        return await db.SaveAsync(() => recognition = db.Recognitions.Add(person is null
                ? Recognition.OfUnit(request.CampaignId, request.Kind, request.OrgUnitId, request.Reason, day, user.UserId, now)
                : Recognition.OfPerson(request.CampaignId, request.Kind, person.OrgUnitId, person.Id, request.Reason, day, user.UserId, now)).Entity,
            () => recognition!.Id, ct);
    }
}
