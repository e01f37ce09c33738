using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Admin;

public class UnitAdministrationTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<UnitTreeQuery.UnitNode> UnitAsync(string code) =>
        (await _database.Get<UnitTreeQuery>().ListAsync(Ct)).Single(u => u.Code == code);

    private async Task<Outcome> EditAsync(string code, Action<EditUnitRequest> change)
    {
        var unit = await UnitAsync(code);
        var request = new EditUnitRequest { Id = unit.Id, Version = unit.Version, Name = unit.Name, ParentId = unit.ParentId, Headcount = unit.OwnHeadcount };
        change(request);
        return await _database.Get<EditUnit>().ExecuteAsync(await _database.AdminAsync(), request, Ct);
    }

    [Fact]
    public async Task The_tree_lists_each_unit_right_after_its_parent_one_level_deeper()
    {
        var tree = (await _database.Get<UnitTreeQuery>().ListAsync(Ct)).ToList();

        Assert.Equal(("TCCNQP", 0), (tree[0].Code, tree[0].Depth));
        var px3 = tree.FindIndex(u => u.Code == "PX3");
        Assert.Equal(("PX3-T1", 3), (tree[px3 + 1].Code, tree[px3 + 1].Depth));
        Assert.Equal(2, tree[px3].Depth);
    }

    [Fact]
    public async Task An_admin_adds_a_team_under_a_workshop()
    {
        var px3 = await UnitAsync("PX3");

        var outcome = await _database.Get<AddUnit>().ExecuteAsync(await _database.AdminAsync(),
            new AddUnitRequest { Code = "PX3-T3", Name = "Tổ 3 – Phân xưởng 3", Kind = OrgUnitKind.Team, ParentId = px3.Id, Headcount = 12 }, Ct);

        Assert.True(outcome.Succeeded);
        var team = await UnitAsync("PX3-T3");
        Assert.Equal((px3.Id, 12, true, 3), (team.ParentId, team.Headcount, team.IsActive, team.Depth));
    }

    [Fact]
    public async Task A_code_already_used_is_refused_on_the_code_field()
    {
        var px3 = await UnitAsync("PX3");

        var outcome = await _database.Get<AddUnit>().ExecuteAsync(await _database.AdminAsync(),
            new AddUnitRequest { Code = "PX3-T1", Name = "Trùng mã", ParentId = px3.Id }, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(("Code", "unit.code.duplicate"), (outcome.Errors[0].Field, outcome.Errors[0].Code));
    }

    [Theory]
    [InlineData("", "Tổ", 0, "unit.code.required")]
    [InlineData("px3-t9", "Tổ", 0, "unit.code.pattern")]
    [InlineData("PX3-T9-ABCDEFGHIJKLMNOPQRSTUVWXYZ0", "Tổ", 0, "unit.code.length")]
    [InlineData("PX3-T9", " ", 0, "unit.name.required")]
    [InlineData("PX3-T9", "Tổ", -1, "unit.headcount.range")]
    [InlineData("PX3-T9", "Tổ", 100_001, "unit.headcount.range")]
    public async Task Invalid_fields_are_refused_with_their_codes(string code, string name, int headcount, string error)
    {
        var px3 = await UnitAsync("PX3");

        var outcome = await _database.Get<AddUnit>().ExecuteAsync(await _database.AdminAsync(),
            new AddUnitRequest { Code = code, Name = name, ParentId = px3.Id, Headcount = headcount }, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Errors, e => e.Code == error);
    }

    [Fact]
    public async Task A_unit_is_renamed_given_a_headcount_and_moved_to_another_workshop()
    {
        var px2 = await UnitAsync("PX2");

        var outcome = await EditAsync("PX3-T2", r => (r.Name, r.Headcount, r.ParentId) = ("Tổ Nguyễn Huệ", 28, px2.Id));

        Assert.True(outcome.Succeeded);
        var moved = await UnitAsync("PX3-T2");
        Assert.Equal(("Tổ Nguyễn Huệ", 28, px2.Id), (moved.Name, moved.Headcount, moved.ParentId));
        await using var db = _database.NewContext();
        Assert.Equal("to nguyen hue", await db.OrgUnits.Where(u => u.Code == "PX3-T2").Select(u => u.SearchName).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("PX3", "PX3-T1")]
    [InlineData("Z121", "PX3-T1")]
    [InlineData("PX3", "PX3")]
    public async Task A_unit_cannot_be_moved_under_itself_or_its_own_subtree(string code, string newParent)
    {
        var parent = await UnitAsync(newParent);

        var outcome = await EditAsync(code, r => r.ParentId = parent.Id);

        Assert.Equal((OutcomeStatus.RuleBroken, "unit.move.cycle"), (outcome.Status, outcome.RuleCode));
        Assert.NotEqual(parent.Id, (await UnitAsync(code)).ParentId);
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var unit = await UnitAsync("PX3-T1");
        Assert.True((await EditAsync("PX3-T1", r => r.Headcount = 31)).Succeeded);

        var stale = await _database.Get<EditUnit>().ExecuteAsync(await _database.AdminAsync(),
            new EditUnitRequest { Id = unit.Id, Version = unit.Version, Name = "Cũ", ParentId = unit.ParentId, Headcount = 5 }, Ct);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal(31, (await UnitAsync("PX3-T1")).Headcount);
    }

    [Fact]
    public async Task Deactivating_a_team_keeps_its_staff_and_pledges_and_it_can_be_reactivated()
    {
        var team = await UnitAsync("PX4-T1");
        await using var before = _database.NewContext();
        var staff = await before.Users.CountAsync(u => u.OrgUnitId == team.Id, Ct);
        var pledges = await before.Pledges.CountAsync(p => p.OrgUnitId == team.Id, Ct);
        Assert.True(staff > 0 && pledges > 0);

        var deactivated = await _database.Get<SetUnitActive>().ExecuteAsync(await _database.AdminAsync(), new(team.Id, team.Version, false), Ct);

        Assert.True(deactivated.Succeeded);
        await using var after = _database.NewContext();
        Assert.False((await UnitAsync("PX4-T1")).IsActive);
        Assert.Equal(staff, await after.Users.CountAsync(u => u.OrgUnitId == team.Id, Ct));
        Assert.Equal(pledges, await after.Pledges.CountAsync(p => p.OrgUnitId == team.Id, Ct));

        var reactivated = await _database.Get<SetUnitActive>().ExecuteAsync(await _database.AdminAsync(), new(team.Id, (await UnitAsync("PX4-T1")).Version, true), Ct);
        Assert.True(reactivated.Succeeded);
        Assert.True((await UnitAsync("PX4-T1")).IsActive);
    }

    [Fact]
    public async Task A_unit_with_active_sub_units_cannot_be_deactivated()
    {
        var px4 = await UnitAsync("PX4");

        var outcome = await _database.Get<SetUnitActive>().ExecuteAsync(await _database.AdminAsync(), new(px4.Id, px4.Version, false), Ct);

        Assert.Equal("unit.deactivate.active-children", outcome.RuleCode);
    }

    [Fact]
    public async Task Nothing_can_be_added_moved_or_reactivated_under_a_deactivated_unit()
    {
        var admin = await _database.AdminAsync();
        var team = await UnitAsync("PX4-T1");
        Assert.True((await _database.Get<SetUnitActive>().ExecuteAsync(admin, new(team.Id, team.Version, false), Ct)).Succeeded);
        var px4 = await UnitAsync("PX4");
        Assert.True((await _database.Get<SetUnitActive>().ExecuteAsync(admin, new(px4.Id, px4.Version, false), Ct)).Succeeded);

        var added = await _database.Get<AddUnit>().ExecuteAsync(admin, new AddUnitRequest { Code = "PX4-T2", Name = "Tổ 2", ParentId = px4.Id }, Ct);
        var moved = await EditAsync("PX3-T1", r => r.ParentId = px4.Id);
        var reactivated = await _database.Get<SetUnitActive>().ExecuteAsync(admin, new(team.Id, (await UnitAsync("PX4-T1")).Version, true), Ct);

        Assert.All([added, moved, reactivated], o => Assert.Equal("unit.parent.inactive", o.RuleCode));
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.UnitLeader)]
    [InlineData(Roles.PoliticalOfficer)]
    public async Task Only_admins_change_the_tree(string role)
    {
        var user = await _database.AsAsync(DemoAccounts.Workshop1Leader.Email, role);
        var px1 = await UnitAsync("PX1");

        var added = await _database.Get<AddUnit>().ExecuteAsync(user, new AddUnitRequest { Code = "PX1-T9", Name = "Tổ 9", ParentId = px1.Id }, Ct);
        var deactivated = await _database.Get<SetUnitActive>().ExecuteAsync(user, new(px1.Id, px1.Version, false), Ct);

        Assert.Equal(OutcomeStatus.Forbidden, added.Status);
        Assert.Equal(OutcomeStatus.Forbidden, deactivated.Status);
    }
}
