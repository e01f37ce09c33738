using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Users;

/// <summary>
/// Runs account changes through Identity's <see cref="UserManager{TUser}"/> from a fresh service scope: a Blazor circuit's
/// scope lives as long as the browser tab, and its UserManager's DbContext would hand back stale tracked users.
/// The steps share one transaction, so a failed step leaves nothing half done.
/// </summary>
internal static class IdentityScope
{
    public static async Task<Outcome> RunAsync(
        this IServiceScopeFactory scopes, ICurrentUser actor, Func<UserManager<PortalUser>, Task<Outcome>> steps, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>().ActAs(actor);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outcome = await steps(users);
            if (outcome.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return outcome;
        });
    }

    /// <summary>An admin never locks themself out nor drops their own role, so the portal always keeps an admin.</summary>
    public static Outcome NotOnYourself() =>
        Outcome.Broken(new DomainRuleException("user.self", "You cannot lock your own account or change your own role."));

    /// <summary>Identity's refusals as field errors: password policy on the password, duplicates on the email; a lost race is a conflict.</summary>
    public static Outcome ToOutcome(this IdentityResult result)
    {
        if (result.Succeeded)
        {
            return Outcome.Ok();
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return Outcome.Conflict();
        }

        var failures = result.Errors.Select(e => e.Code switch
        {
            _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => new ValidationFailure("Password", e.Description) { ErrorCode = "user.password.policy" },
            "DuplicateEmail" or "DuplicateUserName" => new ValidationFailure("Email", e.Description) { ErrorCode = "user.email.duplicate" },
            _ => new ValidationFailure("Email", e.Description) { ErrorCode = "user.email.invalid" },
        });
        return Outcome.Invalid(new ValidationResult(failures.DistinctBy(f => f.ErrorCode)));
    }
}
