using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Users;

public sealed record CreateUserRequest
{
    public string FullName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string? StaffCode { get; set; }
    public int? UnitId { get; set; }
    public string Role { get; set; } = Roles.Staff;
    public string Password { get; set; } = string.Empty;
}

public sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        this.RuleForTyped(r => r.FullName).FullName();
        this.RuleForTyped(r => r.Email).Email();
        this.RuleForTyped(r => r.StaffCode).StaffCode();
        RuleFor(r => r.UnitId).NotNull().WithErrorCode("user.unit.required").WithMessage("Choose the unit.");
        RuleFor(r => r.Role).Role();
        RuleFor(r => r.Password).NotEmpty().WithErrorCode("user.password.required").WithMessage("Enter an initial password.");
        RuleFor(r => r.Password).PasswordLength();
    }
}

/// <summary>Admins create an account in one active unit with one role and an initial password that meets Identity's policy.</summary>
public sealed class CreateUser(
    IDbContextFactory<PortalDbContext> dbFactory, IServiceScopeFactory scopes, IValidator<CreateUserRequest> validator) : IUseCase
{
    public async Task<Outcome<string>> ExecuteAsync(ICurrentUser user, CreateUserRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<string>.From(Outcome.Forbidden());
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<string>.From(Outcome.Invalid(validation));
        }

        var staffCode = string.IsNullOrWhiteSpace(request.StaffCode) ? null : UserText.Normalize(request.StaffCode).ToUpperInvariant();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.OrgUnits.AnyAsync(u => u.Id == request.UnitId && u.IsActive, ct))
            {
                return Outcome<string>.From(Outcome.Invalid(new ValidationResult(
                    [new ValidationFailure(nameof(request.UnitId), "Choose an active unit.") { ErrorCode = "user.unit.inactive" }])));
            }

            if (staffCode is not null && await db.Users.AnyAsync(u => u.StaffCode == staffCode, ct))
            {
                return Outcome<string>.From(Outcome.Invalid(new ValidationResult(
                    [new ValidationFailure(nameof(request.StaffCode), "Another account has this staff code.") { ErrorCode = "user.staffcode.duplicate" }])));
            }
        }

        var account = PortalUser.Named(request.Email, request.FullName);
        account.StaffCode = staffCode;
        account.OrgUnitId = request.UnitId!.Value;
        var outcome = await scopes.RunAsync(user, async users =>
        {
            var created = (await users.CreateAsync(account, request.Password)).ToOutcome();
            return created.Succeeded ? (await users.AddToRoleAsync(account, request.Role)).ToOutcome() : created;
        }, ct);
        return outcome.Succeeded ? Outcome<string>.Ok(account.Id) : Outcome<string>.From(outcome);
    }
}
