using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Users;

public sealed record UserListRequest(string? Search, int? UnitId, string? Role, int Page, int PageSize);

/// <summary>
/// One page of accounts for the admin list. Search ignores case and Vietnamese diacritics ("nguyen" finds "Nguyễn") through
/// the folded <c>SearchName</c> column, and also matches the email and the staff code.
/// </summary>
public sealed class UserListQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record UserRow(
        string Id, string FullName, string Email, string? StaffCode, int UnitId, string UnitCode, string UnitName, string? Role, bool IsLocked, bool HasPassword, string? ConcurrencyStamp);

    public sealed record UserPage(IReadOnlyList<UserRow> Items, int Total);

    public async Task<UserPage?> ListAsync(ICurrentUser user, UserListRequest request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking();
        if (SearchText.Fold(request.Search) is { Length: > 0 } folded)
        {
            var upper = UserText.Normalize(request.Search!).ToUpperInvariant();
            users = users.Where(u => u.SearchName.Contains(folded) || u.NormalizedEmail!.Contains(upper) || u.StaffCode!.Contains(upper));
        }

        if (request.UnitId is { } unitId)
        {
            users = users.Where(u => u.OrgUnitId == unitId);
        }

        if (!string.IsNullOrEmpty(request.Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == request.Role)));
        }

        var total = await users.CountAsync(ct);
        var items = await users
            .OrderBy(u => u.SearchName).ThenBy(u => u.Email)
            .Skip(request.Page * request.PageSize).Take(request.PageSize)
            .Join(db.OrgUnits, u => u.OrgUnitId, o => o.Id, (u, o) => new
            {
                u.Id, u.FullName, u.Email, u.StaffCode, UnitId = o.Id, UnitCode = o.Code, UnitName = o.Name,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.LockoutEnd, HasPassword = u.PasswordHash != null, u.ConcurrencyStamp,
            })
            .ToListAsync(ct);

        // SQLite cannot compare DateTimeOffset in SQL; the page is small, so the lock state is read here.
        var now = clock.GetUtcNow();
        return new UserPage(
            items.Select(u => new UserRow(u.Id, u.FullName, u.Email!, u.StaffCode, u.UnitId, u.UnitCode, u.UnitName, u.Role, u.LockoutEnd > now, u.HasPassword, u.ConcurrencyStamp)).ToList(),
            total);
    }
}
