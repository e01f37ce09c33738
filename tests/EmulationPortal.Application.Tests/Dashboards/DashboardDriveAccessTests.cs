using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reports;
using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// The dashboard, its export and its change stamp read a drive only when the drive page would (CampaignAccess):
/// a draft for W2 only and an open drive for W2 only are refused to the political officer in F and to W1's leader.
/// </summary>
public class DashboardDriveAccessTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private int _draft;
    private int _foreign;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
        _draft = await DriveForW2Async(open: false);
        _foreign = await DriveForW2Async(open: true);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<int> DriveForW2Async(bool open)
    {
        await using var db = _database.NewContext();
        var drive = new Campaign(open ? "Đợt riêng PX2" : "Đợt nháp PX2", CampaignKind.Thematic, _scenario.Units["F"].Id, new CampaignPeriod(new(2021, 1, 8), new(2021, 1, 17), new(2021, 1, 15), null));
        drive.AddCriterion("Sản lượng", null, Measure.Number, "cái", Direction.HigherIsBetter, 1);
        drive.AddParticipatingUnit(_scenario.Units["W2"].Id);
        if (open)
        {
            drive.Open(new DateTime(2021, 1, 5, 1, 0, 0, DateTimeKind.Utc));
        }

        db.Campaigns.Add(drive);
        await db.SaveChangesAsync(Ct);
        return drive.Id;
    }

    public static TheoryData<string> Readers => ["officer", "leader"];

    private TestUser Reader(string who) => who == "officer"
        ? new(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer)
        : new(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader);

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_draft_or_foreign_drive_is_refused_on_the_dashboard_the_export_and_the_stamp(string who)
    {
        var user = Reader(who);

        foreach (var drive in new[] { _draft, _foreign })
        {
            Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<CampaignDashboardQuery>().ForAsync(user, drive, Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<CampaignReportQuery>().ForAsync(user, drive, Ct)).Status);
            Assert.Null(await _database.Get<DashboardChangeStamp>().ForAsync(user, drive, Ct));
        }

        var overview = await _database.Get<DashboardOverviewQuery>().ForAsync(user, Ct);
        Assert.Equal([_scenario.CampaignId], overview.Value!.Select(d => d.CampaignId));
    }

    [Fact]
    public async Task The_admin_still_reads_the_draft_and_the_drive_s_own_readers_the_open_one()
    {
        var admin = new TestUser("admin", _scenario.Units["F"].Id, Roles.Admin);
        var w2Leader = new TestUser(_scenario.Users["u5"].Id, _scenario.Units["W2"].Id, Roles.UnitLeader);

        Assert.Equal(OutcomeStatus.Ok, (await _database.Get<CampaignDashboardQuery>().ForAsync(admin, _draft, Ct)).Status);
        Assert.Equal(OutcomeStatus.Ok, (await _database.Get<CampaignDashboardQuery>().ForAsync(w2Leader, _foreign, Ct)).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<CampaignDashboardQuery>().ForAsync(w2Leader, _draft, Ct)).Status);
        Assert.NotNull(await _database.Get<DashboardChangeStamp>().ForAsync(w2Leader, _foreign, Ct));
    }
}
