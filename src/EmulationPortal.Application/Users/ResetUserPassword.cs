using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Users;

public sealed record ResetUserPasswordRequest
{
    public string UserId { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
}

public sealed class ResetUserPasswordValidator : AbstractValidator<ResetUserPasswordRequest>
{
    public ResetUserPasswordValidator()
    {
        RuleFor(r => r.Password).NotEmpty().WithErrorCode("user.password.required").WithMessage("Enter the new password.");
        RuleFor(r => r.Password).PasswordLength();
    }
}

/// <summary>
/// Admins set a new password for someone who forgot theirs, or give imported staff their first one. The policy is
/// Identity's; the security stamp is renewed, so sessions signed in with the old password end.
/// </summary>
public sealed class ResetUserPassword(IServiceScopeFactory scopes, IValidator<ResetUserPasswordRequest> validator) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, ResetUserPasswordRequest request, CancellationToken ct = default)
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

        return await scopes.RunAsync(user, async users =>
        {
            var account = await users.FindByIdAsync(request.UserId);
            if (account is null)
            {
                return Outcome.NotFound();
            }

            var removed = await users.HasPasswordAsync(account) ? (await users.RemovePasswordAsync(account)).ToOutcome() : Outcome.Ok();
            return removed.Succeeded ? (await users.AddPasswordAsync(account, request.Password)).ToOutcome() : removed;
        }, ct);
    }
}
