using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// The form for a new draft (the user as its only author, 100 %) or a draft the user may edit, with the people who may be
/// named as co-authors: those of the units the user sees, and the draft's authors already named. Null when not allowed.
/// </summary>
public sealed class InitiativeFormQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Person(string UserId, string FullName, string? StaffCode, string UnitName);

    public sealed record Result(InitiativeForm Form, IReadOnlyList<Person> People);

    public async Task<Result?> ExecuteAsync(ICurrentUser user, int? id, CancellationToken ct = default)
    {
        if (!InitiativeAccess.MayWrite(user))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        InitiativeForm form;
        if (id is { } existing)
        {
            var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Authors).SingleOrDefaultAsync(i => i.Id == existing, ct);
            if (initiative is null || !InitiativeAccess.MayEdit(user, initiative))
            {
                return null;
            }

            form = new InitiativeForm
            {
                Id = initiative.Id, Version = initiative.Version, Title = initiative.Title, Problem = initiative.Problem, Solution = initiative.Solution,
                AppliedAt = initiative.AppliedAt, AppliedSince = initiative.AppliedSince.ToDateTime(TimeOnly.MinValue),
                SavingVnd = initiative.SavingVnd, SavingHours = initiative.SavingHours,
                Authors = initiative.Authors.Select(a => new InitiativeForm.AuthorShare { UserId = a.UserId, Share = a.Share }).ToList(),
            };
        }
        else
        {
            form = new InitiativeForm { Authors = [new() { UserId = user.UserId, Share = 100 }] };
        }

        var named = form.Authors.Select(a => a.UserId).ToList();
        var units = (await db.VisibleUnitsAsync(user, ct)).ToList();
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        var people = await db.Users.AsNoTracking()
            .Where(u => (units.Contains(u.OrgUnitId) || named.Contains(u.Id)) && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole))
            .OrderBy(u => u.FullName)
            .Select(u => new Person(u.Id, u.FullName, u.StaffCode, db.OrgUnits.Where(o => o.Id == u.OrgUnitId).Select(o => o.Name).Single()))
            .ToListAsync(ct);
        return new Result(form, people);
    }
}
