using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Targets;
using EmulationPortal.Application.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Units;

/// <summary>
/// Issue 10 item 19: a unit read 0 on the units page, 70 in the target grid and 71 on the dashboard. Its headcount is
/// now one figure: its own stored people plus those of every active unit below it, on every page.
/// </summary>
public class UnitHeadcountTests : CampaignAdminFixture
{
    private async Task<(int UnitsPage, int TargetGrid, int Dashboard)> ReadAsync(string code)
    {
        var admin = await AdminAsync();
        var unitsPage = (await Database.Get<UnitTreeQuery>().ListAsync(Ct)).Single(u => u.Code == code).Headcount;
        var grid = (await Database.Get<TargetGridQuery>().ForAsync(admin, 1, Ct)).Value!.Units.Single(u => u.Code == code).Headcount;
        var dashboard = (await Database.Get<CampaignDashboardQuery>().ForAsync(admin, 1, Ct)).Value!.Units.Single(u => u.Code == code).Staff;
        return (unitsPage, grid, dashboard);
    }

    [Theory]
    [InlineData("PX1", 3 + 38 + 36)] // the workshop's office and its two teams; 71 accounts
    [InlineData("PX1-T1", 38)]       // a team: its own people; 35 accounts
    [InlineData("PCT", 10)]          // a department with the political officer's account among its 9
    public async Task A_unit_reads_the_same_headcount_on_the_units_page_the_target_grid_and_the_dashboard(string code, int expected) =>
        Assert.Equal((expected, expected, expected), await ReadAsync(code));

    [Fact]
    public async Task A_changed_headcount_and_a_deactivated_team_move_every_page_alike()
    {
        var admin = await AdminAsync();
        var team = (await Database.Get<UnitTreeQuery>().ListAsync(Ct)).Single(u => u.Code == "PX1-T2");
        Assert.True((await Database.Get<EditUnit>().ExecuteAsync(admin,
            new EditUnitRequest { Id = team.Id, Version = team.Version, Name = team.Name, ParentId = team.ParentId, Headcount = 50 }, Ct)).Succeeded);
        Assert.Equal((3 + 38 + 50, 3 + 38 + 50, 3 + 38 + 50), await ReadAsync("PX1"));

        await using (var db = Database.NewContext())
        {
            // Deactivated past the domain's rule (its members and targets would otherwise have to move first), but through
            // the context's save as every real write is, so the dashboards' change counter moves with it.
            var closed = await db.OrgUnits.SingleAsync(u => u.Code == "PX1-T1", Ct);
            db.Entry(closed).Property(u => u.IsActive).CurrentValue = false;
            await db.SaveChangesAsync(Ct);
        }

        var units = await Database.Get<UnitTreeQuery>().ListAsync(Ct);
        Assert.Equal(3 + 50, units.Single(u => u.Code == "PX1").Headcount);
        Assert.Equal(3 + 50, (await Database.Get<TargetGridQuery>().ForAsync(admin, 1, Ct)).Value!.Units.Single(u => u.Code == "PX1").Headcount);
        Assert.Equal(3 + 50, (await Database.Get<CampaignDashboardQuery>().ForAsync(admin, 1, Ct)).Value!.Units.Single(u => u.Code == "PX1").Staff);
        Assert.Equal(38, units.Single(u => u.Code == "PX1-T1").Headcount); // a closed unit's own row still reads its own people
    }

    [Fact]
    public async Task The_units_page_keeps_the_units_own_people_apart_for_the_edit_form()
    {
        var px1 = (await Database.Get<UnitTreeQuery>().ListAsync(Ct)).Single(u => u.Code == "PX1");

        Assert.Equal((3, 3 + 38 + 36), (px1.OwnHeadcount, px1.Headcount));
    }
}
