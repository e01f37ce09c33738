using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Units;

public sealed record SetUnitActiveRequest(int Id, Guid Version, bool Active);

/// <summary>
/// Admins deactivate or reactivate a unit. There is no delete: pledges, targets and reports keep pointing at a
/// deactivated unit, so reviews years later still find it.
/// </summary>
public sealed class SetUnitActive(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<Outcome> ExecuteAsync(ICurrentUser user, SetUnitActiveRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome.Forbidden();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var unit = await db.OrgUnits.Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == request.Id, ct);
        if (unit is null)
        {
            return Outcome.NotFound();
        }

        return await db.GuardAsync(async () =>
        {
            List<OrgUnit> children = request.Active ? [] : await db.OrgUnits.Where(u => u.ParentId == unit.Id).ToListAsync(ct);
            return await db.SaveAsync(unit, request.Version, () =>
            {
                if (request.Active)
                {
                    unit.Reactivate();
                }
                else
                {
                    unit.Deactivate(children);
                }
            }, ct);
        });
    }
}
