using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Users;

public sealed record ChangeUserAssignmentRequest
{
    public string UserId { get; set; } = string.Empty;
    public string? ConcurrencyStamp { get; set; }
    public int? UnitId { get; set; }
    public string Role { get; set; } = Roles.Staff;
}

public sealed class ChangeUserAssignmentValidator : AbstractValidator<ChangeUserAssignmentRequest>
{
    public ChangeUserAssignmentValidator()
    {
        RuleFor(r => r.UnitId).NotNull().WithErrorCode("user.unit.required").WithMessage("Choose the unit.");
        RuleFor(r => r.Role).Role();
    }
}

/// <summary>
/// Admins move a person to another unit and/or give them another role (exactly one of each). The security stamp is
/// renewed, which ends the person's open sessions. A moved person's pledges in drives that have not closed follow them
/// to the new unit; pledges of closed and archived drives stay where they were made (docs/adr/0005).
/// </summary>
public sealed class ChangeUserAssignment(IDbContextFactory<PortalDbContext> dbFactory, IValidator<ChangeUserAssignmentRequest> validator) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, ChangeUserAssignmentRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome.Invalid(validation);
        }

        if (request.UserId == user.UserId && request.Role != Roles.Admin)
        {
            return IdentityScope.NotOnYourself();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, ct);
        if (account is null)
        {
            return Outcome.NotFound();
        }

        if (!await db.OrgUnits.AnyAsync(u => u.Id == request.UnitId && u.IsActive, ct))
        {
            return Outcome.Invalid(new ValidationResult(
                [new ValidationFailure(nameof(request.UnitId), "Choose an active unit.") { ErrorCode = "user.unit.inactive" }]));
        }

        db.Entry(account).Property(u => u.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp;
        if (account.OrgUnitId != request.UnitId)
        {
            var running = await db.Pledges
                .Where(p => p.UserId == account.Id && p.Kind == PledgeKind.Individual)
                .Where(p => db.Campaigns.Any(c => c.Id == p.CampaignId && (c.Status == CampaignStatus.Draft || c.Status == CampaignStatus.Open)))
                .ToListAsync(ct);
            running.ForEach(p => p.FollowAuthorTo(request.UnitId!.Value));
        }

        account.OrgUnitId = request.UnitId!.Value;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        var roleId = await db.Roles.Where(r => r.Name == request.Role).Select(r => r.Id).SingleAsync(ct);
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == account.Id).ToListAsync(ct));
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = account.Id, RoleId = roleId });
        return await db.GuardAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        });
    }
}
