using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Admin;

/// <summary>A demo account as the use cases see it: its id, its unit and the role it is given.</summary>
internal static class DemoUser
{
    public static async Task<ICurrentUser> AsAsync(this SqliteTestDatabase database, string email, string role)
    {
        await using var db = database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
        return new TestUser(user.Id, user.OrgUnitId, role);
    }

    public static Task<ICurrentUser> AdminAsync(this SqliteTestDatabase database) => database.AsAsync(DemoAccounts.Admin.Email, Roles.Admin);
}
