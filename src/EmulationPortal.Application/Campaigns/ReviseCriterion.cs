using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>An admin changes a criterion of an open drive, giving a reason; the change is kept as a revision on the record.</summary>
public sealed class ReviseCriterion(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    private static readonly Validator RequestValidator = new();

    public sealed class Request
    {
        public int CampaignId { get; set; }
        public Guid Version { get; set; }
        public CriterionForm Criterion { get; set; } = new();
        public string Reason { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            this.RuleForTyped(r => r.Reason).NotEmpty().WithErrorCode("criterion.revision.reasonRequired").WithMessage("Say why the criterion changes.")
                .MaximumLength(2000).WithErrorCode("criterion.revision.reasonTooLong").WithMessage("The reason is at most 2000 characters.");
            RuleFor(r => r.Criterion.Id).NotNull().WithErrorCode("criterion.notFound").WithMessage("Choose the criterion to revise.");
            RuleFor(r => r.Criterion).SetValidator(new CriterionFormValidator());
        }
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        var validation = await RequestValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var campaign = await db.Campaigns.Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == request.CampaignId, ct);
        if (campaign is null)
        {
            return Outcome.NotFound();
        }

        var entry = db.Entry(campaign);
        entry.Property(c => c.Version).OriginalValue = request.Version;
        entry.Property(c => c.Version).IsModified = true;
        return await db.SaveAsync(
            () => campaign.ReviseCriterion(request.Criterion.Id!.Value, request.Criterion.ToDefinition(), request.Reason, user.UserId, clock.GetUtcNow().UtcDateTime), ct);
    }
}
