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
        Assert.Equal(35, drive.UnitStaff);
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
}
