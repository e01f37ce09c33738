using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>The active units the user sees, by code, for the register's unit filter.</summary>
public sealed class InitiativeUnitsQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Unit(int Id, string Code, string Name);

    public async Task<IReadOnlyList<Unit>> ExecuteAsync(ICurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = (await db.VisibleUnitsAsync(user, ct)).ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => u.IsActive && visible.Contains(u.Id)).OrderBy(u => u.Code)
            .Select(u => new Unit(u.Id, u.Code, u.Name)).ToListAsync(ct);
    }
}
