using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Units;

public sealed record EditUnitRequest
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public string Name { get; set; } = string.Empty;
    public int? ParentId { get; set; }
    /// <summary>The unit's own people, not those of its sub-units; null while the typed text is not a number.</summary>
    public int? Headcount { get; set; }
}

public sealed class EditUnitValidator : AbstractValidator<EditUnitRequest>
{
    public EditUnitValidator()
    {
        this.RuleForTyped(r => r.Name).UnitName();
        RuleFor(r => r.Headcount).Headcount();
    }
}

/// <summary>Admins rename a unit, set its headcount and move it under another unit (never under its own subtree).</summary>
public sealed class EditUnit(IDbContextFactory<PortalDbContext> dbFactory, IValidator<EditUnitRequest> validator) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, EditUnitRequest request, CancellationToken ct = default)
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

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);

        // The whole (small) tree is loaded so the domain can walk a new parent's ancestors to refuse a cycle.
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Id, ct);
        if (!units.TryGetValue(request.Id, out var unit))
        {
            return Outcome.NotFound();
        }

        db.ExpectVersion(unit, request.Version);
        return await db.GuardAsync(async () =>
        {
            unit.Rename(request.Name);
            unit.SetHeadcount(request.Headcount!.Value);
            if (request.ParentId != unit.ParentId)
            {
                if (request.ParentId is not { } parentId || !units.TryGetValue(parentId, out var parent))
                {
                    return Outcome.NotFound();
                }

                unit.MoveTo(parent);
            }

            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        });
    }
}
