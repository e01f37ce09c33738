using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Dashboards;

public class DashboardChangeStampTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<DashboardChangeStamp.Stamp?> StampAsync() => _database.Get<DashboardChangeStamp>()
        .ForAsync(new TestUser(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer), _scenario.CampaignId, Ct);

    [Fact]
    public async Task The_stamp_stays_put_while_nothing_changes()
    {
        Assert.Equal(await StampAsync(), await StampAsync());
    }

    [Fact]
    public async Task A_pledge_submitted_through_another_context_changes_the_stamp()
    {
        var before = await StampAsync();

        await using (var other = _database.NewContext())
        {
            var campaign = await other.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
            var draft = await other.Pledges.Include(p => p.Items).SingleAsync(p => p.UserId == _scenario.Users["u2"].Id, Ct);
            draft.Submit(campaign, DashboardScenario.Today, new DateTime(2021, 1, 12, 4, 0, 0, DateTimeKind.Utc));
            await other.SaveChangesAsync(Ct);
        }

        Assert.NotEqual(before, await StampAsync());
    }

    [Fact]
    public async Task A_review_or_a_progress_report_changes_the_stamp()
    {
        var initial = await StampAsync();
        await using var other = _database.NewContext();
        var submitted = await other.Pledges.SingleAsync(p => p.UserId == _scenario.Users["u3"].Id, Ct);
        submitted.Accept(_scenario.Users["po"].Id, new DateTime(2021, 1, 12, 4, 0, 0, DateTimeKind.Utc));
        await other.SaveChangesAsync(Ct);
        var reviewed = await StampAsync();

        var campaign = await other.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
        var target = await other.UnitTargets.FirstAsync(t => t.OrgUnitId == _scenario.Units["W3"].Id || t.OrgUnitId == _scenario.Units["F"].Id, Ct);
        other.ProgressReports.Add(ProgressReport.OnUnitTarget(campaign, campaign.Criteria.Single(c => c.Id == target.CriterionId), target.Id, 1, DashboardScenario.Today, DashboardScenario.Today, null, _scenario.Users["po"].Id, new DateTime(2021, 1, 12, 5, 0, 0, DateTimeKind.Utc)));
        await other.SaveChangesAsync(Ct);

        Assert.NotEqual(initial, reviewed);
        Assert.NotEqual(reviewed, await StampAsync());
    }

    [Fact]
    public async Task A_target_grid_save_changes_the_stamp()
    {
        var before = await StampAsync();
        await using var other = _database.NewContext();
        var campaign = await other.Campaigns.Include(c => c.Criteria).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
        var target = await other.UnitTargets.SingleAsync(t => t.OrgUnitId == _scenario.Units["W1"].Id && t.CriterionId == _scenario.OutputId, Ct);
        target.SetValue(campaign.Criteria.Single(c => c.Id == _scenario.OutputId), 120);
        await other.SaveChangesAsync(Ct);

        Assert.NotEqual(before, await StampAsync());
    }

    [Fact]
    public async Task A_criterion_revision_changes_the_stamp()
    {
        var before = await StampAsync();
        await using var other = _database.NewContext();
        var campaign = await other.Campaigns.Include(c => c.Criteria).Include(c => c.Revisions).SingleAsync(c => c.Id == _scenario.CampaignId, Ct);
        campaign.ReviseCriterion(_scenario.OutputId, new CriterionDefinition(_scenario.OutputId, "Sản lượng", null, Measure.Number, "cái", Direction.HigherIsBetter, 4), "Tăng trọng số", _scenario.Users["po"].Id, new DateTime(2021, 1, 12, 4, 0, 0, DateTimeKind.Utc));
        await other.SaveChangesAsync(Ct);

        Assert.NotEqual(before, await StampAsync());
    }

    /// <summary>
    /// A person's unit is not one of the figures (headcounts are each unit's stored figure, and a running drive's pledge
    /// follows its author through the pledge row, which is a change); a unit moving in the tree is.
    /// </summary>
    [Fact]
    public async Task A_unit_moving_in_the_tree_changes_the_stamp_a_person_moving_alone_does_not()
    {
        var initial = await StampAsync();
        await using var other = _database.NewContext();
        var person = await other.Users.SingleAsync(u => u.Id == _scenario.Users["u3"].Id, Ct);
        person.OrgUnitId = _scenario.Units["W3"].Id;
        await other.SaveChangesAsync(Ct);
        var afterPerson = await StampAsync();

        var team = await other.OrgUnits.SingleAsync(u => u.Id == _scenario.Units["W1-T2"].Id, Ct);
        team.MoveTo(await other.OrgUnits.SingleAsync(u => u.Id == _scenario.Units["W2"].Id, Ct));
        await other.SaveChangesAsync(Ct);

        Assert.Equal(initial, afterPerson);
        Assert.NotEqual(afterPerson, await StampAsync());
    }

    [Fact]
    public async Task Staff_get_no_stamp()
    {
        var stamp = await _database.Get<DashboardChangeStamp>()
            .ForAsync(new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1-T1"].Id, Roles.Staff), _scenario.CampaignId, Ct);

        Assert.Null(stamp);
    }
}
