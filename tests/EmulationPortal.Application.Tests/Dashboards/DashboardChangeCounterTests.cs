using System.Text.Json;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// Every kind of write that changes what a drive's dashboard is made of bumps the drive's change counter in its own
/// save (<see cref="DashboardChanges"/>), and the cached dashboard read after it equals a fresh uncached read, figure
/// by figure, at the cost of exactly one more read of the facts.
/// </summary>
public class DashboardChangeCounterTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2021, 1, 12, 4, 0, 0, DateTimeKind.Utc);
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, Func<PortalDbContext, DashboardScenario, Campaign, Task>> Writes = new()
    {
        ["draft pledge saved"] = async (db, s, c) =>
        {
            var pledge = Pledge.Individual(c, s.Units["W2"].Id, s.Users["u6"].Id);
            pledge.Write(c, DashboardScenario.Today, "Nháp", new Dictionary<int, double?> { [s.OutputId] = 5 });
            db.Pledges.Add(pledge);
            await Task.CompletedTask;
        },
        ["pledge submitted"] = async (db, s, c) => (await PledgeOf(db, s, "u2")).Submit(c, DashboardScenario.Today, Now),
        ["pledge accepted"] = async (db, s, _) => (await PledgeOf(db, s, "u3")).Accept(s.Users["po"].Id, Now),
        ["pledge returned"] = async (db, s, _) => (await PledgeOf(db, s, "u3")).Return(s.Users["po"].Id, Now, "Bổ sung"),
        ["pledge withdrawn"] = async (db, s, c) => (await PledgeOf(db, s, "u3")).Withdraw(c, DashboardScenario.Today),
        ["collective pledge submitted"] = async (db, s, c) =>
            (await db.Pledges.Include(p => p.Items).SingleAsync(p => p.Kind == PledgeKind.Collective && p.Status == PledgeStatus.Draft, Ct)).Submit(c, DashboardScenario.Today, Now),
        ["progress report on a target"] = async (db, s, c) =>
        {
            var target = await db.UnitTargets.SingleAsync(t => t.OrgUnitId == s.Units["W2"].Id && t.CriterionId == s.OutputId, Ct);
            db.ProgressReports.Add(ProgressReport.OnUnitTarget(c, c.Criteria.Single(k => k.Id == s.OutputId), target.Id, 250, DashboardScenario.Today, DashboardScenario.Today, null, s.Users["po"].Id, Now));
        },
        ["target edited"] = async (db, s, c) =>
            (await db.UnitTargets.SingleAsync(t => t.OrgUnitId == s.Units["W1"].Id && t.CriterionId == s.OutputId, Ct)).SetValue(c.Criteria.Single(k => k.Id == s.OutputId), 120),
        ["unit launched"] = (_, s, c) =>
        {
            c.RecordLaunch(s.Units["W3"].Id, Now);
            return Task.CompletedTask;
        },
        ["criterion revised"] = (_, s, c) =>
        {
            c.ReviseCriterion(s.OutputId, new CriterionDefinition(s.OutputId, "Sản lượng", null, Measure.Number, "cái", Direction.HigherIsBetter, 4), "Tăng trọng số", s.Users["po"].Id, Now);
            return Task.CompletedTask;
        },
        ["drive retitled"] = (_, _, c) =>
        {
            c.Retitle("Đợt thử (sửa)");
            return Task.CompletedTask;
        },
        ["unit moved in the tree"] = async (db, s, _) =>
            (await db.OrgUnits.SingleAsync(u => u.Id == s.Units["W1-T2"].Id, Ct)).MoveTo(await db.OrgUnits.SingleAsync(u => u.Id == s.Units["W2"].Id, Ct)),
        ["unit headcount changed"] = async (db, s, _) => (await db.OrgUnits.SingleAsync(u => u.Id == s.Units["W2"].Id, Ct)).SetHeadcount(9),
        ["unit renamed"] = async (db, s, _) => (await db.OrgUnits.SingleAsync(u => u.Id == s.Units["W3"].Id, Ct)).Rename("Phân xưởng ba"),
    };

    public static TheoryData<string> WriteKinds => new(Writes.Keys);

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private TestUser Officer => new(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer);

    [Theory]
    [MemberData(nameof(WriteKinds))]
    public async Task The_write_bumps_the_counter_and_the_cached_dashboard_equals_a_fresh_read(string kind)
    {
        var cache = _database.Get<DashboardFactsCache>();
        _ = await CachedAsync(); // the cache holds the figures before the write
        var stamp = await StampAsync();
        var loads = cache.Loads;

        await using (var db = _database.NewContext())
        {
            var campaign = await db.Campaigns.Include(c => c.Criteria).Include(c => c.Units).Include(c => c.Revisions).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
            await Writes[kind](db, _scenario, campaign);
            await db.SaveChangesAsync(Ct);
        }

        var after = await StampAsync();
        Assert.Equal(stamp!.Changes + 1, after!.Changes);
        var cached = await CachedAsync();
        Assert.Equal(loads + 1, cache.Loads);
        Assert.Equal(await FreshAsync(), cached);
        Assert.Equal(cached, await CachedAsync()); // and no further read until the next change
        Assert.Equal(loads + 1, cache.Loads);
    }

    [Fact]
    public async Task A_save_that_changes_no_figure_leaves_the_counter_alone()
    {
        var stamp = await StampAsync();
        await using (var db = _database.NewContext())
        {
            (await db.Users.SingleAsync(u => u.Id == _scenario.Users["u1"].Id, Ct)).FullName = "Người một";
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(stamp, await StampAsync());
    }

    private static Task<Pledge> PledgeOf(PortalDbContext db, DashboardScenario s, string user) =>
        db.Pledges.Include(p => p.Items).SingleAsync(p => p.UserId == s.Users[user].Id, Ct);

    private Task<DashboardChangeStamp.Stamp?> StampAsync() =>
        _database.Get<DashboardChangeStamp>().ForAsync(Officer, _scenario.CampaignId, Ct);

    private async Task<string> CachedAsync() =>
        JsonSerializer.Serialize((await _database.Get<CampaignDashboardQuery>().ForAsync(Officer, _scenario.CampaignId, Ct)).Value);

    private async Task<string> FreshAsync()
    {
        await using var db = _database.NewContext();
        return JsonSerializer.Serialize(await CampaignDashboardReader.ReadAsync(db, Officer, _scenario.CampaignId, await db.VisibleUnitsAsync(Officer, Ct), DashboardScenario.Today, Ct));
    }
}
