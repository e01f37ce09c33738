using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Units;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Users;

public sealed record FirstAdminRequest(string Email, string FullName, string Password, string RootUnitCode, string RootUnitName);

public sealed class FirstAdminValidator : AbstractValidator<FirstAdminRequest>
{
    public FirstAdminValidator()
    {
        this.RuleForTyped(r => r.FullName).FullName();
        this.RuleForTyped(r => r.Email).Email();
        RuleFor(r => r.Password).NotEmpty().WithErrorCode("user.password.required").WithMessage("Enter an initial password.");
        RuleFor(r => r.Password).PasswordLength();
        this.RuleForTyped(r => r.RootUnitCode).UnitCode();
        this.RuleForTyped(r => r.RootUnitName).UnitName();
    }
}

/// <summary>
/// The operator's one-time start on an empty production database (the <c>create-admin</c> command): the root unit, when
/// there is none, and an admin in it, in one transaction and audited as done by that admin. Refused once any admin
/// exists, so the command cannot be used to add a second way in.
/// </summary>
public sealed class CreateFirstAdmin(IServiceScopeFactory scopes, IValidator<FirstAdminRequest> validator) : IUseCase
{
    private sealed record Bootstrap(string UserId, int OrgUnitId) : ICurrentUser
    {
        public bool IsInRole(string role) => role == Roles.Admin;
    }

    public async Task<Outcome<string>> ExecuteAsync(FirstAdminRequest request, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<string>.From(Outcome.Invalid(validation));
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return Outcome<string>.From(Outcome.Broken(new DomainRuleException("admin.exists", "An admin exists already; admins create further accounts.")));
        }

        var account = PortalUser.Named(request.Email, request.FullName);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var root = await db.OrgUnits.FirstOrDefaultAsync(u => u.ParentId == null, ct);
            if (root is null)
            {
                db.ActAs(new Bootstrap(account.Id, 0));
                root = new OrgUnit(request.RootUnitCode, request.RootUnitName, OrgUnitKind.Factory, null, 0);
                db.OrgUnits.Add(root);
                await db.SaveChangesAsync(ct);
            }

            db.ActAs(new Bootstrap(account.Id, root.Id));
            account.OrgUnitId = root.Id;
            var created = (await users.CreateAsync(account, request.Password)).ToOutcome();
            var outcome = created.Succeeded ? (await users.AddToRoleAsync(account, Roles.Admin)).ToOutcome() : created;
            if (!outcome.Succeeded)
            {
                return Outcome<string>.From(outcome);
            }

            await transaction.CommitAsync(ct);
            return Outcome<string>.Ok(account.Id);
        });
    }
}
