using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Admin;

public class UserAdministrationTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<UserListQuery.UserPage> ListAsync(string? search = null, int? unitId = null, string? role = null, int pageSize = 500) =>
        (await _database.Get<UserListQuery>().ListAsync(await _database.AdminAsync(), new UserListRequest(search, unitId, role, 0, pageSize), Ct))!;

    private async Task<UserListQuery.UserRow> RowAsync(string email) => Assert.Single((await ListAsync(email)).Items);

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = _database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }

    private static CreateUserRequest NewPerson(int unitId, string email = "px3.moi@z121.demo", string password = "Moi@2021x") => new()
    {
        FullName = "Nguyễn Thị Mới", Email = email, StaffCode = "px3-moi", UnitId = unitId, Role = Roles.Staff, Password = password,
    };

    [Theory]
    [InlineData("nguyen")]
    [InlineData("NGUYỄN")]
    [InlineData("Nguye\u0302\u0303n")] // NFD, as some keyboards and pasted text send it
    [InlineData("nguyễn văn an")]
    public async Task Search_ignores_case_and_Vietnamese_diacritics(string search)
    {
        var page = await ListAsync(search);

        Assert.Contains(page.Items, u => u.FullName == DemoAccounts.Workshop1Staff.FullName);
        Assert.All(page.Items, u => Assert.Contains("nguyen", Domain.Common.SearchText.Fold(u.FullName), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_also_matches_the_email_and_the_staff_code()
    {
        Assert.Equal(DemoAccounts.Workshop1Staff.Email, (await RowAsync("px1.cnv01@z121")).Email);
        Assert.Equal(DemoAccounts.Workshop1Staff.Email, Assert.Single((await ListAsync("PX1.CNV01")).Items).Email);
    }

    [Fact]
    public async Task The_list_filters_by_unit_and_role_and_pages_on_the_server()
    {
        var leaders = await ListAsync(role: Roles.UnitLeader);
        var team = await ListAsync(unitId: await UnitIdAsync("PX1-T1"));
        var firstPage = await ListAsync(pageSize: 25);

        // The four workshop leaders and the six cluster members' directors (Z121 and its five peer factories).
        Assert.Equal(10, leaders.Total);
        Assert.All(leaders.Items, u => Assert.Equal(Roles.UnitLeader, u.Role));
        Assert.Equal(35, team.Total);
        Assert.All(team.Items, u => Assert.Equal("PX1-T1", u.UnitCode));
        Assert.Equal(25, firstPage.Items.Count);
        Assert.True(firstPage.Total > 290);
    }

    [Fact]
    public async Task An_admin_creates_an_account_that_signs_in_with_its_initial_password_and_has_one_role()
    {
        var outcome = await _database.Get<CreateUser>().ExecuteAsync(await _database.AdminAsync(), NewPerson(await UnitIdAsync("PX3-T1")), Ct);

        Assert.True(outcome.Succeeded);
        var row = await RowAsync("px3.moi@z121.demo");
        Assert.Equal(("PX3-MOI", "PX3-T1", Roles.Staff, false), (row.StaffCode, row.UnitCode, row.Role, row.IsLocked));
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Id == outcome.Value, Ct);
        Assert.Equal("nguyen thi moi", user.SearchName);
        Assert.NotEqual(PasswordVerificationResult.Failed, _database.Get<IPasswordHasher<PortalUser>>().VerifyHashedPassword(user, user.PasswordHash!, "Moi@2021x"));
    }

    [Fact]
    public async Task A_password_below_the_policy_is_refused_on_the_password_field_and_nothing_is_saved()
    {
        var outcome = await _database.Get<CreateUser>().ExecuteAsync(await _database.AdminAsync(), NewPerson(await UnitIdAsync("PX3-T1"), password: "weak"), Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(("Password", "user.password.policy"), (outcome.Errors[0].Field, outcome.Errors[0].Code));
        Assert.Empty((await ListAsync("px3.moi")).Items);
    }

    [Fact]
    public async Task An_email_or_staff_code_already_used_is_refused()
    {
        var unitId = await UnitIdAsync("PX3-T1");
        var admin = await _database.AdminAsync();

        var email = await _database.Get<CreateUser>().ExecuteAsync(admin, NewPerson(unitId, email: DemoAccounts.Workshop2Staff.Email) with { StaffCode = null }, Ct);
        var code = await _database.Get<CreateUser>().ExecuteAsync(admin, NewPerson(unitId) with { StaffCode = "PX1.CNV01" }, Ct);

        Assert.Equal("user.email.duplicate", Assert.Single(email.Errors).Code);
        Assert.Equal("user.staffcode.duplicate", Assert.Single(code.Errors).Code);
    }

    [Fact]
    public async Task An_admin_locks_and_unlocks_an_account()
    {
        var admin = await _database.AdminAsync();
        var row = await RowAsync("px3.cnv05@z121.demo");

        var locked = await _database.Get<SetUserLock>().ExecuteAsync(admin, new(row.Id, row.ConcurrencyStamp, true), Ct);
        var afterLock = await RowAsync("px3.cnv05@z121.demo");
        var unlocked = await _database.Get<SetUserLock>().ExecuteAsync(admin, new(row.Id, afterLock.ConcurrencyStamp, false), Ct);

        Assert.True(locked.Succeeded && afterLock.IsLocked);
        Assert.True(unlocked.Succeeded);
        Assert.False((await RowAsync("px3.cnv05@z121.demo")).IsLocked);
    }

    [Fact]
    public async Task A_lock_on_a_stale_row_is_a_conflict_and_admins_cannot_lock_themselves()
    {
        var admin = await _database.AdminAsync();
        var row = await RowAsync("px3.cnv05@z121.demo");
        await _database.Get<SetUserLock>().ExecuteAsync(admin, new(row.Id, row.ConcurrencyStamp, true), Ct);

        var stale = await _database.Get<SetUserLock>().ExecuteAsync(admin, new(row.Id, row.ConcurrencyStamp, false), Ct);
        var self = await _database.Get<SetUserLock>().ExecuteAsync(admin, new(admin.UserId, null, true), Ct);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal("user.self", self.RuleCode);
    }

    [Fact]
    public async Task An_admin_moves_a_person_to_another_unit_with_another_role()
    {
        var row = await RowAsync("px3.cnv05@z121.demo");
        var px3 = await UnitIdAsync("PX3");

        var outcome = await _database.Get<ChangeUserAssignment>().ExecuteAsync(await _database.AdminAsync(),
            new ChangeUserAssignmentRequest { UserId = row.Id, ConcurrencyStamp = row.ConcurrencyStamp, UnitId = px3, Role = Roles.UnitLeader }, Ct);

        Assert.True(outcome.Succeeded);
        var changed = await RowAsync("px3.cnv05@z121.demo");
        Assert.Equal(("PX3", Roles.UnitLeader), (changed.UnitCode, changed.Role));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == row.Id, Ct));
    }

    [Fact]
    public async Task A_role_change_on_a_stale_row_is_a_conflict_and_admins_keep_their_own_role()
    {
        var admin = await _database.AdminAsync();
        var row = await RowAsync("px3.cnv05@z121.demo");
        var request = new ChangeUserAssignmentRequest { UserId = row.Id, ConcurrencyStamp = row.ConcurrencyStamp, UnitId = row.UnitId, Role = Roles.UnitLeader };
        await _database.Get<ChangeUserAssignment>().ExecuteAsync(admin, request, Ct);

        var stale = await _database.Get<ChangeUserAssignment>().ExecuteAsync(admin, request with { Role = Roles.Admin }, Ct);
        var self = await _database.Get<ChangeUserAssignment>().ExecuteAsync(admin,
            new ChangeUserAssignmentRequest { UserId = admin.UserId, UnitId = admin.OrgUnitId, Role = Roles.Staff }, Ct);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal(Roles.UnitLeader, (await RowAsync("px3.cnv05@z121.demo")).Role);
        Assert.Equal("user.self", self.RuleCode);
    }

    [Fact]
    public async Task An_admin_resets_a_password_that_meets_the_policy()
    {
        var admin = await _database.AdminAsync();
        var row = await RowAsync("px3.cnv05@z121.demo");

        var weak = await _database.Get<ResetUserPassword>().ExecuteAsync(admin, new ResetUserPasswordRequest { UserId = row.Id, Password = "short" }, Ct);
        var reset = await _database.Get<ResetUserPassword>().ExecuteAsync(admin, new ResetUserPasswordRequest { UserId = row.Id, Password = "Moi@2021x" }, Ct);

        Assert.Equal("user.password.policy", weak.Errors[0].Code);
        Assert.True(reset.Succeeded);
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Id == row.Id, Ct);
        Assert.NotEqual(PasswordVerificationResult.Failed, _database.Get<IPasswordHasher<PortalUser>>().VerifyHashedPassword(user, user.PasswordHash!, "Moi@2021x"));
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.UnitLeader)]
    [InlineData(Roles.PoliticalOfficer)]
    public async Task Only_admins_list_and_change_accounts(string role)
    {
        var user = await _database.AsAsync(DemoAccounts.PoliticalOfficer.Email, role);
        var row = await RowAsync("px3.cnv05@z121.demo");

        Assert.Null(await _database.Get<UserListQuery>().ListAsync(user, new UserListRequest(null, null, null, 0, 10), Ct));
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<SetUserLock>().ExecuteAsync(user, new(row.Id, row.ConcurrencyStamp, true), Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<CreateUser>().ExecuteAsync(user, NewPerson(row.UnitId), Ct)).Status);
    }
}
