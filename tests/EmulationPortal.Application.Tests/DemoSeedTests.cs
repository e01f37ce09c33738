using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class DemoSeedTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_demo_holds_the_founding_example_drive_with_its_criteria_and_targets()
    {
        await using var db = _database.NewContext();
        var campaign = await db.Campaigns.Include(c => c.Criteria).Include(c => c.Units).SingleAsync(Ct);

        Assert.Equal("Lập công dâng Đảng", campaign.Theme);
        Assert.Equal(CampaignStatus.Open, campaign.Status);
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 2, 2)), (campaign.StartDate, campaign.EndDate));
        Assert.Equal(6, campaign.Criteria.Count);
        Assert.Equal(campaign.Units.Count * campaign.Criteria.Count, await db.UnitTargets.CountAsync(Ct));
    }

    [Fact]
    public async Task The_demo_has_about_300_staff_most_of_whom_pledged()
    {
        await using var db = _database.NewContext();
        var users = await db.Users.CountAsync(Ct);
        var individual = await db.Pledges.CountAsync(p => p.Kind == PledgeKind.Individual, Ct);

        Assert.InRange(users, 290, 320);
        Assert.InRange(individual, users * 0.7, users * 0.95);
        Assert.True(await db.ProgressReports.AnyAsync(Ct));
    }

    /// <summary>Issue 10 item 19: the stored headcount is HR's figure, so a unit never has more accounts than people.</summary>
    [Fact]
    public async Task Every_demo_unit_counts_at_least_the_accounts_in_it()
    {
        await using var db = _database.NewContext();
        var accounts = await db.Users.GroupBy(u => u.OrgUnitId).Select(g => new { Unit = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Unit, g => g.Count, Ct);
        var units = await db.OrgUnits.Select(u => new { u.Id, u.Code, u.Headcount }).ToListAsync(Ct);

        Assert.All(units, u => Assert.True(u.Headcount >= accounts.GetValueOrDefault(u.Id), $"{u.Code}: {u.Headcount} people, {accounts.GetValueOrDefault(u.Id)} accounts"));
    }

    [Fact]
    public async Task One_workshop_launched_its_own_drive_after_the_launch_deadline()
    {
        await using var db = _database.NewContext();
        var campaign = await db.Campaigns.SingleAsync(Ct);
        var deadline = campaign.LaunchDeadline!.Value.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);

        var late = await db.CampaignUnits.Where(u => u.LaunchedAtUtc > deadline)
            .Join(db.OrgUnits, p => p.OrgUnitId, u => u.Id, (_, u) => u.Code)
            .ToListAsync(Ct);

        Assert.Equal(["PX4"], late);
    }

    [Fact]
    public async Task Every_named_demo_account_signs_in_with_the_demo_password_and_has_its_role()
    {
        await using var db = _database.NewContext();
        var hasher = _database.Get<IPasswordHasher<PortalUser>>();

        foreach (var account in DemoAccounts.Named)
        {
            var user = await db.Users.SingleAsync(u => u.Email == account.Email, Ct);
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(Ct);

            Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, DemoAccounts.Password));
            Assert.Equal([account.Role], roles);
        }
    }

    [Fact]
    public async Task Workshop_1s_first_worker_has_not_pledged_yet_so_the_demo_can_show_pledging()
    {
        await using var db = _database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Workshop1Staff.Email, Ct);

        Assert.False(await db.Pledges.AnyAsync(p => p.UserId == user.Id, Ct));
    }
}
