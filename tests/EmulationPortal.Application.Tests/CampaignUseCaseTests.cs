using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Targets;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

public class CampaignUseCaseTests : CampaignAdminFixture
{
    public static TheoryData<string, string, string> InvalidForms => new()
    {
        { "title-empty", "Title", "campaign.title.required" },
        { "title-long", "Title", "campaign.title.tooLong" },
        { "end-before-start", "End", "campaign.end.beforeStart" },
        { "no-start", "Start", "campaign.start.required" },
        { "pledge-outside", "PledgeDeadline", "campaign.pledgeDeadline.outsidePeriod" },
        { "launch-outside", "LaunchDeadline", "campaign.launchDeadline.outsidePeriod" },
        { "no-units", "UnitIds", "campaign.units.required" },
        { "weight-zero", "Criteria[1].Weight", "criterion.weight.positive" },
        { "criterion-unnamed", "Criteria[0].Name", "criterion.name.required" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task An_invalid_form_is_refused_with_the_field_and_rule_and_nothing_is_saved(string change, string field, string code)
    {
        var form = await NewFormAsync();
        switch (change)
        {
            case "title-empty": form.Title = " "; break;
            case "title-long": form.Title = new string('x', 301); break;
            case "end-before-start": form.End = new DateTime(2021, 1, 20); break;
            case "no-start": form.Start = null; break;
            case "pledge-outside": form.PledgeDeadline = new DateTime(2021, 3, 5); break;
            case "launch-outside": form.LaunchDeadline = new DateTime(2020, 12, 1); break;
            case "no-units": form.UnitIds = []; break;
            case "weight-zero": form.Criteria[1].Weight = 0; break;
            case "criterion-unnamed": form.Criteria[0].Name = ""; break;
        }

        var outcome = await Database.Get<SaveCampaign>().ExecuteAsync(await AdminAsync(), form, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Errors, e => e.Field == field && e.Code == code);
        await using var db = Database.NewContext();
        Assert.Equal(1, await db.Campaigns.CountAsync(Ct));
    }

    /// <summary>The form once refused what the domain allows; both now ask <see cref="CampaignPeriod"/>'s rules.</summary>
    [Theory]
    [InlineData("one-day")]
    [InlineData("launch-before-start")]
    public async Task A_period_the_domain_allows_is_saved_from_the_form(string change)
    {
        var form = await NewFormAsync();
        switch (change)
        {
            case "one-day": form.End = form.Start; form.PledgeDeadline = form.Start; form.LaunchDeadline = form.Start; break;
            case "launch-before-start": form.LaunchDeadline = form.Start!.Value.AddDays(-10); break;
        }

        var outcome = await Database.Get<SaveCampaign>().ExecuteAsync(await AdminAsync(), form, Ct);

        Assert.Equal(OutcomeStatus.Ok, outcome.Status);
    }

    [Fact]
    public async Task An_admin_creates_a_draft_that_only_admins_see()
    {
        var id = await CreateDraftAsync();

        var asAdmin = await Database.Get<CampaignListQuery>().ForAsync(await AdminAsync(), CampaignStatus.Draft, Ct);
        var asStaff = await Database.Get<CampaignListQuery>().ForAsync(await UserAsync(DemoAccounts.Workshop1Staff), null, Ct);
        var detail = await Database.Get<CampaignDetailQuery>().ForAsync(await UserAsync(DemoAccounts.Workshop1Staff), id, Ct);

        var row = Assert.Single(asAdmin);
        Assert.Equal((id, 2, 2), (row.Id, row.Units, row.Criteria));
        Assert.DoesNotContain(asStaff, r => r.Id == id);
        Assert.Equal(OutcomeStatus.Forbidden, detail.Status);
    }

    [Fact]
    public async Task A_second_admin_saving_a_stale_version_gets_a_conflict_and_overwrites_nothing()
    {
        var id = await CreateDraftAsync();
        var admin = await AdminAsync();
        var first = (await Database.Get<CampaignFormQuery>().ForAsync(admin, id, Ct)).Value!.Form;
        var second = (await Database.Get<CampaignFormQuery>().ForAsync(admin, id, Ct)).Value!.Form;

        first.Title = "Tiêu đề của người thứ nhất";
        second.Title = "Tiêu đề của người thứ hai";
        var saved = await Database.Get<SaveCampaign>().ExecuteAsync(admin, first, Ct);
        var stale = await Database.Get<SaveCampaign>().ExecuteAsync(admin, second, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        await using var db = Database.NewContext();
        Assert.Equal("Tiêu đề của người thứ nhất", await db.Campaigns.Where(c => c.Id == id).Select(c => c.Title).SingleAsync(Ct));
    }

    [Fact]
    public async Task Editing_a_draft_removes_a_criterion_and_its_targets_and_reorders_the_rest()
    {
        var id = await CreateDraftAsync();
        var admin = await AdminAsync();
        Assert.True((await Database.Get<SaveTargetGrid>().ExecuteAsync(admin, Fill(await GridAsync(id), 10), Ct)).Succeeded);
        var form = (await Database.Get<CampaignFormQuery>().ForAsync(admin, id, Ct)).Value!.Form;

        form.Criteria = [form.Criteria[1], new CriterionForm { Name = "Sáng kiến", UnitOfMeasure = "sáng kiến", Weight = 1 }];
        var outcome = await Database.Get<SaveCampaign>().ExecuteAsync(admin, form, Ct);

        Assert.True(outcome.Succeeded);
        var grid = await GridAsync(id);
        Assert.Equal(["Tiến độ", "Sáng kiến"], grid.Criteria.Select(c => c.Name));
        Assert.All(grid.Cells, c => Assert.Equal(grid.Criteria[0].Id, c.CriterionId));
    }

    [Fact]
    public async Task Opening_names_every_unit_and_criterion_still_without_a_target()
    {
        var id = await CreateDraftAsync();
        var admin = await AdminAsync();
        var grid = await GridAsync(id);
        var px1 = grid.Units.Single(u => u.Code == "PX1");
        var partial = new SaveTargetGrid.Request(id, [.. Fill(grid, 5).Cells.Where(c => c.OrgUnitId != px1.Id)]);
        Assert.True((await Database.Get<SaveTargetGrid>().ExecuteAsync(admin, partial, Ct)).Succeeded);

        var outcome = await Database.Get<ChangeCampaignStatus>().ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Open), Ct);

        Assert.Equal(OutcomeStatus.RuleBroken, outcome.Status);
        Assert.Equal(ChangeCampaignStatus.MissingTargetsCode, outcome.RuleCode);
        Assert.Equal([("PX1", "Sản lượng"), ("PX1", "Tiến độ")], outcome.Value!.Select(m => (m.UnitCode, m.Criterion)));
    }

    [Fact]
    public async Task A_drive_runs_draft_open_closed_archived_and_refuses_other_moves()
    {
        var id = await OpenDriveAsync();
        var admin = await AdminAsync();
        var change = Database.Get<ChangeCampaignStatus>();

        var reopen = await change.ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Open), Ct);
        var archiveOpen = await change.ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Archived), Ct);
        var close = await change.ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Closed), Ct);
        var backToDraft = await change.ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Draft), Ct);
        var archive = await change.ExecuteAsync(admin, new(id, await VersionAsync(id), CampaignStatus.Archived), Ct);

        Assert.Equal(("campaign.open.notDraft", "campaign.status.invalidTransition"), (reopen.RuleCode, archiveOpen.RuleCode));
        Assert.True(close.Succeeded);
        Assert.Equal("campaign.status.invalidTransition", backToDraft.RuleCode);
        Assert.True(archive.Succeeded);
        await using var db = Database.NewContext();
        Assert.Equal(CampaignStatus.Archived, await db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_stale_status_change_is_a_conflict()
    {
        var id = await OpenDriveAsync();

        var outcome = await Database.Get<ChangeCampaignStatus>().ExecuteAsync(await AdminAsync(), new(id, Guid.NewGuid(), CampaignStatus.Closed), Ct);

        Assert.Equal(OutcomeStatus.Conflict, outcome.Status);
    }

    [Fact]
    public async Task After_opening_criteria_change_only_through_a_revision_which_the_detail_shows()
    {
        var id = await OpenDriveAsync();
        var admin = await AdminAsync();
        var form = (await Database.Get<CampaignFormQuery>().ForAsync(admin, id, Ct)).Value!.Form;

        form.Criteria[0].Weight = 7;
        var silent = await Database.Get<SaveCampaign>().ExecuteAsync(admin, form, Ct);
        var noReason = await Database.Get<ReviseCriterion>().ExecuteAsync(admin, new() { CampaignId = id, Version = form.Version, Criterion = form.Criteria[0] }, Ct);
        var revised = await Database.Get<ReviseCriterion>().ExecuteAsync(
            admin, new() { CampaignId = id, Version = form.Version, Criterion = form.Criteria[0], Reason = "Tăng trọng số theo chỉ đạo" }, Ct);

        Assert.Equal("campaign.criteria.locked", silent.RuleCode);
        Assert.Contains(noReason.Errors, e => e.Field == "Reason" && e.Code == "criterion.revision.reasonRequired");
        Assert.True(revised.Succeeded);
        var detail = (await Database.Get<CampaignDetailQuery>().ForAsync(admin, id, Ct)).Value!;
        Assert.Equal(7, detail.Criteria[0].Weight);
        var revision = Assert.Single(detail.Revisions);
        Assert.Equal((2.0, 7.0, "Quản trị hệ thống", "Tăng trọng số theo chỉ đạo"), (revision.OldWeight, revision.NewWeight, revision.RevisedBy, revision.Reason));
    }

    [Fact]
    public async Task Every_write_and_admin_read_is_forbidden_to_non_admins()
    {
        var id = await OpenDriveAsync();
        var admin = await AdminAsync();
        var form = (await Database.Get<CampaignFormQuery>().ForAsync(admin, id, Ct)).Value!.Form;
        var grid = await GridAsync(id);

        foreach (var role in NonAdminRoles)
        {
            var user = Role(admin, role);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<CampaignFormQuery>().ForAsync(user, id, Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<SaveCampaign>().ExecuteAsync(user, form, Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<ChangeCampaignStatus>().ExecuteAsync(user, new(id, form.Version, CampaignStatus.Closed), Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<ReviseCriterion>().ExecuteAsync(user, new() { CampaignId = id, Version = form.Version, Criterion = form.Criteria[0], Reason = "x" }, Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<TargetGridQuery>().ForAsync(user, id, Ct)).Status);
            Assert.Equal(OutcomeStatus.Forbidden, (await Database.Get<SaveTargetGrid>().ExecuteAsync(user, Fill(grid, 1), Ct)).Status);
        }

        await using var db = Database.NewContext();
        Assert.Equal(CampaignStatus.Open, await db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_unit_leader_launches_their_own_units_drive_but_not_another_units()
    {
        var id = await OpenDriveAsync();
        var leader = await UserAsync(DemoAccounts.Workshop1Leader);
        var px2 = await UnitIdAsync("PX2");
        var launch = Database.Get<RecordUnitLaunch>();

        Assert.True((await Database.Get<CampaignDetailQuery>().ForAsync(leader, id, Ct)).Value!.CanLaunchOwnUnit);
        var other = await launch.ExecuteAsync(leader, id, px2, Ct);
        var staff = await launch.ExecuteAsync(await UserAsync(DemoAccounts.Workshop1Staff), id, await UnitIdAsync("PX1-T1"), Ct);
        var own = await launch.ExecuteAsync(leader, id, leader.OrgUnitId, Ct);

        Assert.Equal((OutcomeStatus.Forbidden, OutcomeStatus.Forbidden), (other.Status, staff.Status));
        Assert.True(own.Succeeded);
        var detail = (await Database.Get<CampaignDetailQuery>().ForAsync(leader, id, Ct)).Value!;
        Assert.False(detail.CanLaunchOwnUnit);
        Assert.Equal(LaunchState.Pending, detail.Launches.Single(l => l.OrgUnitId == px2).State);
        Assert.NotNull(detail.Launches.Single(l => l.OrgUnitId == leader.OrgUnitId).LaunchedAtLocal);
    }

    [Fact]
    public async Task The_demo_drive_shows_PX4_late_and_the_other_workshops_on_time()
    {
        var detail = (await Database.Get<CampaignDetailQuery>().ForAsync(await UserAsync(DemoAccounts.PoliticalOfficer), 1, Ct)).Value!;

        var subUnits = detail.Launches.Where(l => l.IsSubUnit).ToDictionary(l => l.Code, l => l.State);
        Assert.Equal(LaunchState.Late, subUnits["PX4"]);
        Assert.Equal(LaunchState.OnTime, subUnits["PX1"]);
        Assert.Equal(6, detail.Criteria.Count);
    }

    [Fact]
    public async Task Staff_of_a_unit_outside_the_drive_cannot_read_it_and_an_unknown_drive_is_not_found()
    {
        var staff = await UserAsync(DemoAccounts.Workshop1Staff);
        var outsider = new TestUser(staff.UserId, await UnitIdAsync("TCCNQP"), Roles.Staff);

        var forbidden = await Database.Get<CampaignDetailQuery>().ForAsync(outsider, 1, Ct);
        var list = await Database.Get<CampaignListQuery>().ForAsync(outsider, null, Ct);
        var missing = await Database.Get<CampaignDetailQuery>().ForAsync(staff, 999, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, forbidden.Status);
        Assert.Null(forbidden.Value);
        Assert.Empty(list);
        Assert.Equal(OutcomeStatus.NotFound, missing.Status);
    }
}
