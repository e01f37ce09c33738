using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class OpenDrivesQueryTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ICurrentUser> UserAsync(string email)
    {
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
        return new TestUser(user.Id, user.OrgUnitId, Roles.Staff);
    }

    [Fact]
    public async Task A_worker_sees_the_open_drive_with_days_left_and_that_they_have_not_pledged()
    {
        var user = await UserAsync(DemoAccounts.Workshop1Staff.Email);

        var drive = Assert.Single(await _database.Get<OpenDrivesQuery>().ForAsync(user, Ct));

        Assert.Equal(22, drive.DaysRemaining); // 12/1 to 2/2/2021 inclusive
        Assert.Null(drive.MyPledge);
        Assert.Equal(38, drive.UnitStaff); // the team's headcount, not its 35 accounts
    }

    [Fact]
    public async Task The_unit_participation_counts_submitted_and_accepted_individual_pledges_of_the_unit_only()
    {
        var user = await UserAsync(DemoAccounts.Workshop2Staff.Email);
        await using var db = _database.NewContext();
        var expected = await db.Pledges.CountAsync(p => p.OrgUnitId == user.OrgUnitId && p.Kind == PledgeKind.Individual
            && (p.Status == PledgeStatus.Submitted || p.Status == PledgeStatus.Accepted), Ct);

        var drive = Assert.Single(await _database.Get<OpenDrivesQuery>().ForAsync(user, Ct));

        Assert.Equal(expected, drive.UnitPledged);
        Assert.InRange(drive.UnitPledged, 1, drive.UnitStaff);
    }

    /// <summary>The home page once read 1/1 for a leader (the leader alone sits in the workshop's own unit) and 0/1 for the admin.</summary>
    [Fact]
    public async Task A_leader_and_the_admin_see_the_participation_of_every_unit_under_them()
    {
        var leader = await UserAsync(DemoAccounts.Workshop1Leader.Email);
        var admin = await UserAsync(DemoAccounts.Admin.Email);
        await using var db = _database.NewContext();
        var workshop = await db.OrgUnits.SingleAsync(u => u.Code == "PX1", Ct);
        var teams = await db.OrgUnits.Where(u => u.ParentId == workshop.Id).Select(u => u.Id).ToListAsync(Ct);
        var workshopStaff = await db.OrgUnits.Where(u => u.Id == workshop.Id || teams.Contains(u.Id)).SumAsync(u => u.Headcount, Ct);

        var asLeader = Assert.Single(await _database.Get<OpenDrivesQuery>().ForAsync(leader, Ct));
        var asAdmin = Assert.Single(await _database.Get<OpenDrivesQuery>().ForAsync(admin, Ct));

        Assert.Equal(workshopStaff, asLeader.UnitStaff);
        Assert.True(asLeader.UnitPledged > 1);
        var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121", Ct);
        var z121 = await db.OrgUnits.Where(u => u.Id == factory.Id || u.ParentId == factory.Id || db.OrgUnits.Any(p => p.Id == u.ParentId && p.ParentId == factory.Id))
            .SumAsync(u => u.Headcount, Ct);
        Assert.Equal(z121, asAdmin.UnitStaff); // all of Z121, not the cluster's peer factories beside it
        Assert.True(asAdmin.UnitPledged > asLeader.UnitPledged);
    }

    [Fact]
    public async Task An_open_drive_whose_first_day_is_still_to_come_is_not_started()
    {
        await using (var db = _database.NewContext())
        {
            var drive = await db.Campaigns.SingleAsync(Ct);
            await db.Database.ExecuteSqlAsync($"UPDATE Campaigns SET StartDate = {new DateOnly(2021, 1, 15)} WHERE Id = {drive.Id}", Ct);
        }

        var open = Assert.Single(await _database.Get<OpenDrivesQuery>().ForAsync(await UserAsync(DemoAccounts.Workshop1Staff.Email), Ct));

        Assert.False(open.Started); // the demo's today is 12/1
    }
}
