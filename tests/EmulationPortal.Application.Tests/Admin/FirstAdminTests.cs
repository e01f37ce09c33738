using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Tests.Admin;

/// <summary>The <c>create-admin</c> command's use case on an empty production database.</summary>
public class FirstAdminTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: false);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static FirstAdminRequest Request(string email) => new(email, "Quản Trị Đầu Tiên", "Khoi@dau2026", "Z121", "Nhà máy Z121");

    [Fact]
    public async Task On_an_empty_database_it_creates_the_root_unit_and_an_admin_who_can_sign_in()
    {
        var outcome = await _database.Get<CreateFirstAdmin>().ExecuteAsync(Request("quantri@z121.vn"), Ct);

        Assert.True(outcome.Succeeded);
        await using var scope = _database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = (await users.FindByEmailAsync("quantri@z121.vn"))!;
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "Khoi@dau2026"));
        await using var db = _database.NewContext();
        Assert.Equal("Z121", (await db.OrgUnits.SingleAsync(u => u.Id == admin.OrgUnitId, Ct)).Code);
        Assert.True(await db.AuditEntries.AnyAsync(Ct));
    }

    [Fact]
    public async Task Once_an_admin_exists_it_is_refused()
    {
        await _database.Get<CreateFirstAdmin>().ExecuteAsync(Request("quantri@z121.vn"), Ct);

        var second = await _database.Get<CreateFirstAdmin>().ExecuteAsync(Request("thu-hai@z121.vn"), Ct);

        Assert.Equal((OutcomeStatus.RuleBroken, "admin.exists"), (second.Status, second.RuleCode));
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_nothing_is_left_behind()
    {
        var outcome = await _database.Get<CreateFirstAdmin>().ExecuteAsync(Request("quantri@z121.vn") with { Password = "yeu" }, Ct);

        Assert.False(outcome.Succeeded);
        await using var db = _database.NewContext();
        Assert.False(await db.OrgUnits.AnyAsync(Ct));
        Assert.False(await db.Users.AnyAsync(Ct));
    }
}
