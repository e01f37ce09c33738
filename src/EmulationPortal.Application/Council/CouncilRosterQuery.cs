using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Council;

/// <summary>A unit's council for admins and the political department; candidates are the people of the unit's subtree.</summary>
public sealed class CouncilRosterQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public async Task<CouncilRoster?> ExecuteAsync(ICurrentUser user, int unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToListAsync(ct);
        var unit = units.SingleOrDefault(u => u.Id == unitId);
        if (!CouncilAccess.MayManage(user) || unit is null)
        {
            return null;
        }

        var subtree = UnitScope.Subtree(unitId, units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id));
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var today = clock.Today();
        var members = await db.CouncilMembers.AsNoTracking().Where(m => m.OrgUnitId == unitId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u.FullName, u.Email }).ToListAsync(ct);
        var candidates = await db.Users.AsNoTracking().Where(u => subtree.Contains(u.OrgUnitId)).OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.OrgUnitId }).ToListAsync(ct);
        return new CouncilRoster(
            unitId,
            unit.Name,
            members.OrderBy(x => x.m.Role).ThenBy(x => x.FullName)
                .Select(x => new CouncilRoster.Seat(x.m.Id, x.m.UserId, x.FullName, x.Email ?? string.Empty, x.m.Role, x.m.TermFrom, x.m.TermTo, x.m.ServesOn(today), x.m.Version)).ToList(),
            candidates.Select(c => new CouncilRoster.Person(c.Id, c.FullName, c.Email ?? string.Empty, unitNames[c.OrgUnitId])).ToList());
    }
}
