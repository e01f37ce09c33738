using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Notifications;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Notifications;
using EmulationPortal.Domain.Pledges;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>A reviewer returns a submitted pledge with a reason the owner sees on their pledge page.</summary>
/// <remarks>Its author (a collective pledge's: the unit's leaders) is notified in the same transaction (the outbox).</remarks>
public sealed class ReturnPledge(
    IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IValidator<ReturnPledge.Request> validator, NotificationOutbox outbox, NotificationSignal signal) : IUseCase
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

        db.Entry(pledge).Property(p => p.Version).OriginalValue = request.Version;
        IReadOnlyList<string> told;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            pledge.Return(user.UserId, now, request.Reason);
            told = await NotifyAuthorAsync(db, pledge, now, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException rule)
        {
            return Outcome.Broken(rule);
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return db.OutcomeOf(failure);
        }

        signal.Notify(told);
        return Outcome.Ok();
    }

    private async Task<IReadOnlyList<string>> NotifyAuthorAsync(PortalDbContext db, Pledge pledge, DateTime now, CancellationToken ct)
    {
        var authors = pledge.UserId is { } author ? [author] : await NotificationRecipients.LeadersOfAsync(db, [pledge.OrgUnitId], ct);
        var title = await db.Campaigns.Where(c => c.Id == pledge.CampaignId).Select(c => c.Title).SingleAsync(ct);
        var link = pledge.Kind == PledgeKind.Collective ? $"/campaigns/{pledge.CampaignId}/pledge/unit" : $"/campaigns/{pledge.CampaignId}/pledge";
        var message = new NotificationOutbox.Message(NotificationKind.PledgeReturned, link, title, pledge.ReturnReason);
        return await outbox.AddAsync(db, authors, message, r => $"{NotificationKind.PledgeReturned}:{pledge.Id}:{r}:{now.Ticks}", now, ct);
    }
}
