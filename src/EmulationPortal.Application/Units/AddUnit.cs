using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Units;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Units;

public sealed record AddUnitRequest
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public OrgUnitKind Kind { get; set; } = OrgUnitKind.Team;
    public int? ParentId { get; set; }
    /// <summary>The unit's own people, not those of its sub-units; null while the typed text is not a number.</summary>
    public int? Headcount { get; set; } = 0;
}

public sealed class AddUnitValidator : AbstractValidator<AddUnitRequest>
{
    public AddUnitValidator()
    {
        this.RuleForTyped(r => r.Code).UnitCode();
        this.RuleForTyped(r => r.Name).UnitName();
        RuleFor(r => r.Headcount).Headcount();
        RuleFor(r => r.ParentId).NotNull().WithErrorCode("unit.parent.required").WithMessage("Choose the unit it belongs to.");
    }
}

/// <summary>Admins add a unit under an active unit. Codes are unique across the whole tree, active or not.</summary>
public sealed class AddUnit(IDbContextFactory<PortalDbContext> dbFactory, IValidator<AddUnitRequest> validator) : IUseCase
{
    public async Task<Outcome<int>> ExecuteAsync(ICurrentUser user, AddUnitRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
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
        var code = UserText.Normalize(request.Code);
        if (await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
        {
            return Outcome<int>.From(Outcome.Invalid(new ValidationResult(
                [new ValidationFailure(nameof(request.Code), "This code is already used by another unit.") { ErrorCode = "unit.code.duplicate" }])));
        }

        var parent = await db.OrgUnits.FindAsync([request.ParentId], ct);
        if (parent is null)
        {
            return Outcome<int>.From(Outcome.NotFound());
        }

        OrgUnit? unit = null;
        return await db.SaveAsync(() => unit = db.OrgUnits.Add(new OrgUnit(request.Code, request.Name, request.Kind, parent, request.Headcount!.Value)).Entity,
            () => unit!.Id, ct);
    }
}
