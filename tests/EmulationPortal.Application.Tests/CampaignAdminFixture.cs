using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Targets;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

/// <summary>The demo database plus the steps an admin takes to set up a drive, shared by the campaign and target tests.</summary>
public abstract class CampaignAdminFixture : IAsyncLifetime
{
    protected SqliteTestDatabase Database { get; private set; } = default!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    protected async Task<ICurrentUser> UserAsync(DemoAccounts.Account account)
    {
        await using var db = Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == account.Email, Ct);
        return new TestUser(user.Id, user.OrgUnitId, account.Role);
    }

    protected Task<ICurrentUser> AdminAsync() => UserAsync(DemoAccounts.Admin);

    protected async Task<int> UnitIdAsync(string code)
    {
        await using var db = Database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct);
    }

    /// <summary>A valid new drive in February 2021 for PX1 and PX2, with two criteria.</summary>
    protected async Task<CampaignForm> NewFormAsync()
    {
        var admin = await AdminAsync();
        var form = (await Database.Get<CampaignFormQuery>().ForAsync(admin, null, Ct)).Value!.Form;
        form.Title = "Thi đua chào mừng Ngày thành lập";
        form.Start = new DateTime(2021, 2, 1);
        form.End = new DateTime(2021, 2, 28);
        form.PledgeDeadline = new DateTime(2021, 2, 10);
        form.LaunchDeadline = new DateTime(2021, 2, 5);
        form.UnitIds = [await UnitIdAsync("PX1"), await UnitIdAsync("PX2")];
        form.Criteria =
        [
            new CriterionForm { Name = "Sản lượng", Measure = Measure.Number, UnitOfMeasure = "quả", Weight = 2 },
            new CriterionForm { Name = "Tiến độ", Measure = Measure.Percentage, Weight = 3 },
        ];
        return form;
    }

    protected async Task<int> CreateDraftAsync()
    {
        var outcome = await Database.Get<SaveCampaign>().ExecuteAsync(await AdminAsync(), await NewFormAsync(), Ct);
        Assert.True(outcome.Succeeded, outcome.Status.ToString());
        return outcome.Value;
    }

    protected async Task<TargetGridQuery.Grid> GridAsync(int campaignId) =>
        (await Database.Get<TargetGridQuery>().ForAsync(await AdminAsync(), campaignId, Ct)).Value!;

    /// <summary>Every cell of the grid set to <paramref name="value"/>, carrying the versions loaded.</summary>
    protected static SaveTargetGrid.Request Fill(TargetGridQuery.Grid grid, double value) => new(
        grid.CampaignId,
        grid.Units.SelectMany(u => grid.Criteria.Select(c => new SaveTargetGrid.Cell(
            u.Id, c.Id, value, grid.Cells.SingleOrDefault(t => t.OrgUnitId == u.Id && t.CriterionId == c.Id)?.Version))).ToList());

    protected async Task<Guid> VersionAsync(int campaignId)
    {
        await using var db = Database.NewContext();
        return await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Version).SingleAsync(Ct);
    }

    protected async Task<int> OpenDriveAsync()
    {
        var id = await CreateDraftAsync();
        var admin = await AdminAsync();
        Assert.True((await Database.Get<SaveTargetGrid>().ExecuteAsync(admin, Fill(await GridAsync(id), 50), Ct)).Succeeded);
        var opened = await Database.Get<ChangeCampaignStatus>().ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Open), Ct);
        Assert.True(opened.Succeeded, opened.Status.ToString());
        return id;
    }

    protected static ICurrentUser Role(ICurrentUser user, string role) => new TestUser(user.UserId, user.OrgUnitId, role);

    protected static IEnumerable<string> NonAdminRoles => [Roles.Staff, Roles.UnitLeader, Roles.PoliticalOfficer];
}
