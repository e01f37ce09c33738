using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class UnitScopeTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<Dictionary<string, int>> UnitIdsAsync()
    {
        await using var db = _database.NewContext();
        return await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, Ct);
    }

    [Fact]
    public async Task A_unit_leader_sees_their_workshop_and_its_teams_only()
    {
        var units = await UnitIdsAsync();
        await using var db = _database.NewContext();

        var visible = await db.VisibleUnitsAsync(new TestUser("x", units["PX1"], Roles.UnitLeader), Ct);

        Assert.Equal(new[] { units["PX1"], units["PX1-T1"], units["PX1-T2"] }.Order(), visible.Order());
    }

    [Fact]
    public async Task Staff_see_their_own_unit_and_the_political_department_sees_all()
    {
        var units = await UnitIdsAsync();
        await using var db = _database.NewContext();

        Assert.Equal([units["PX2-T1"]], await db.VisibleUnitsAsync(new TestUser("x", units["PX2-T1"], Roles.Staff), Ct));
        Assert.Equal(units.Count, (await db.VisibleUnitsAsync(new TestUser("x", units["PCT"], Roles.PoliticalOfficer), Ct)).Count);
    }
}
