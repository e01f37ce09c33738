using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>
/// Admins and the political department seat a person on a unit's council, change a seat's role or term, or unseat
/// someone who never sat in a session. A council has one chair and one secretary at a time. Audited.
/// </summary>
public sealed class SeatCouncilMember(IDbContextFactory<PortalDbContext> dbFactory, IValidator<SeatCouncilMember.Request> validator) : IUseCase
{
    public sealed class Request
    {
        /// <summary>Null to seat someone new.</summary>
        public int? MemberId { get; set; }
        public int UnitId { get; set; }
        public string UserId { get; set; } = string.Empty;
        public CouncilRole Role { get; set; } = CouncilRole.Member;
        public DateOnly? TermFrom { get; set; }
        public DateOnly? TermTo { get; set; }
        public Guid Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            this.RuleForTyped(r => r.UserId).NotEmpty().WithErrorCode("council.member.personRequired");
            RuleFor(r => r.TermFrom).NotNull().WithErrorCode("council.term.required");
            RuleFor(r => r.TermTo).NotNull().WithErrorCode("council.term.required")
                .GreaterThanOrEqualTo(r => r.TermFrom).When(r => r.TermFrom is not null).WithErrorCode("council.term.invalid");
        }
    }

    public async Task<Outcome> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!CouncilAccess.MayManage(user))
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
        var council = await db.CouncilMembers.Where(m => m.OrgUnitId == request.UnitId).ToListAsync(ct);
        var (from, to) = (request.TermFrom!.Value, request.TermTo!.Value);
        var seat = request.MemberId is { } id ? council.SingleOrDefault(m => m.Id == id) : Seated(db, request, from, to);
        if (seat is null)
        {
            return Outcome.NotFound();
        }

        return await db.SaveAsync(seat, request.MemberId is null ? null : request.Version, () =>
        {
            if (request.MemberId is not null)
            {
                seat.Change(request.Role, from, to);
            }

            EnsureOneOf(council.Append(seat).Distinct().ToList(), seat);
        }, ct);
    }

    public async Task<Outcome> UnseatAsync(ICurrentUser user, int memberId, CancellationToken ct = default)
    {
        if (!CouncilAccess.MayManage(user))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var seat = await db.CouncilMembers.SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (seat is null)
        {
            return Outcome.NotFound();
        }

        if (await db.Set<SessionAttendee>().AnyAsync(a => a.MemberId == memberId, ct))
        {
            return Outcome.Broken(new DomainRuleException("council.member.satInSession", "A member who sat in a session stays on record; end the term instead."));
        }

        return await db.SaveAsync(() => db.CouncilMembers.Remove(seat), ct);
    }

    private static CouncilMember Seated(PortalDbContext db, Request request, DateOnly from, DateOnly to)
    {
        var seat = new CouncilMember(request.UnitId, request.UserId, request.Role, from, to);
        db.CouncilMembers.Add(seat);
        return seat;
    }

    /// <summary>Terms of two chairs (or two secretaries) of the same council may not overlap; nor two seats of one person.</summary>
    private static void EnsureOneOf(List<CouncilMember> council, CouncilMember seat)
    {
        var overlapping = council.Where(m => m != seat && m.TermFrom <= seat.TermTo && seat.TermFrom <= m.TermTo).ToList();
        if (overlapping.Any(m => m.UserId == seat.UserId))
        {
            throw new DomainRuleException("council.member.alreadySeated", "This person already sits on the council for that term.");
        }

        if (seat.Role is CouncilRole.Chair or CouncilRole.Secretary && overlapping.Any(m => m.Role == seat.Role))
        {
            throw new DomainRuleException("council.member.roleTaken", "The council has one chair and one secretary at a time.");
        }
    }
}
