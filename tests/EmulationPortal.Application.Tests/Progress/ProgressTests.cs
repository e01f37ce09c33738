using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Application.Tests.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Progress;

public class ProgressTests : PledgeTestBase
{
    private async Task<(ICurrentUser Staff, int PledgeId)> AcceptedPledgeAsync()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var saved = await SubmittedPledgeAsync(staff);
        Assert.True((await Get<AcceptPledges>().ExecuteAsync(await LeaderAsync("px2"), [new(saved.PledgeId, saved.Version)], Ct)).Succeeded);
        return (staff, saved.PledgeId);
    }

    private async Task<ProgressSheet> SheetAsync(ICurrentUser user, int pledgeId) =>
        (await Get<PledgeProgressQuery>().ForAsync(user, pledgeId, Ct)).Value!;

    private async Task ReportAsync(ICurrentUser user, ProgressLine line, double value, int day, string? note = null)
    {
        var outcome = await Get<ReportPledgeProgress>().ExecuteAsync(user, new() { Key = line.Key, Measure = line.Measure, Value = value, AsOf = new(2021, 1, day), Note = note }, Ct);
        Assert.True(outcome.Succeeded, $"{outcome.Status} {outcome.RuleCode}");
    }

    [Fact]
    public async Task Reports_are_kept_as_history_and_the_latest_date_is_the_current_figure()
    {
        var (staff, pledgeId) = await AcceptedPledgeAsync();
        var fireworks = (await SheetAsync(staff, pledgeId)).Lines[1]; // committed 2

        await ReportAsync(staff, fireworks, 1, 10, "Tuần 2");
        await ReportAsync(staff, fireworks, 0, 5); // a late report of an earlier day does not hide the newer one
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];

        Assert.Equal([new DateOnly(2021, 1, 10), new DateOnly(2021, 1, 5)], line.History.Select(h => h.AsOf));
        Assert.Equal("Tuần 2", line.History[0].Note);
        Assert.Equal(1, line.Latest);
        Assert.Equal(0.5, line.Completion);
    }

    [Fact]
    public async Task Unreported_items_are_not_reported_and_lower_is_better_items_are_met_at_zero()
    {
        var (staff, pledgeId) = await AcceptedPledgeAsync();
        var sheet = await SheetAsync(staff, pledgeId);
        Assert.All(sheet.Lines, l => Assert.Null(l.Completion));
        Assert.Equal(new OverallCompletion(0, 0, sheet.Lines.Count), sheet.Overall);

        var incidents = sheet.Lines.Single(l => l.Direction == Direction.LowerIsBetter && l.Criterion.Contains("an toàn", StringComparison.Ordinal));
        await ReportAsync(staff, sheet.Lines[0], 50, 11); // percentage, committed 100: half done
        await ReportAsync(staff, incidents, 0, 11); // committed 2 in the test draft; zero is fully met
        sheet = await SheetAsync(staff, pledgeId);

        Assert.Equal(1, sheet.Lines.Single(l => l.Key == incidents.Key).Completion);
        Assert.Equal(0.5, sheet.Lines[0].Completion);
        Assert.Null(sheet.Lines[1].Completion);
        var weights = sheet.Lines.Sum(l => l.Weight);
        Assert.Equal(new OverallCompletion(((3 * 0.5) + (3 * 1)) / weights, 2, sheet.Lines.Count), sheet.Overall); // weights 3 and 3; unreported items count 0%
        Assert.Equal(sheet.Overall, (await Get<MyPledgesQuery>().ForAsync(staff, Ct)).Single(r => r.PledgeId == pledgeId).Completion);
    }

    [Fact]
    public async Task A_criterion_emptied_in_a_draft_keeps_its_history_and_counts_nowhere()
    {
        var (staff, pledgeId) = await AcceptedPledgeAsync();
        var sheet = await SheetAsync(staff, pledgeId);
        await ReportAsync(staff, sheet.Lines[0], 50, 11); // percentage, committed 100: half done
        await ReportAsync(staff, sheet.Lines[1], 2, 11); // fireworks, committed 2: met
        var withdrawn = await Get<WithdrawPledge>().ExecuteAsync(staff, pledgeId, (await PledgeAsync(pledgeId)).Version, Ct);
        Assert.True(withdrawn.Succeeded);

        // Taken up again as a draft: the fireworks value is being reconsidered, so it is left empty for now.
        var draft = (await Get<PledgePageQuery>().ForAsync(staff, CampaignId, collective: false, Ct)).Value!.Draft;
        draft.Lines[1].Value = null;
        await SaveAsync(staff, draft, PledgeIntent.SaveDraft);
        sheet = await SheetAsync(staff, pledgeId);

        var fireworks = sheet.Lines[1];
        Assert.Equal((null, (double?)2, null), (fireworks.Target, fireworks.Latest, fireworks.Completion));
        // The emptied item is left out (5 items, not 6); of the others only the percentage (half done) was reported.
        Assert.Equal((1, 5), (sheet.Overall!.Reported, sheet.Overall.Items));
        Assert.Equal(0.15, sheet.Overall.Value, 6);
        Assert.Equal(0.15, (await Get<MyPledgesQuery>().ForAsync(staff, Ct)).Single(r => r.PledgeId == pledgeId).Completion!.Value, 6);
    }

    [Theory]
    [InlineData(13, "progress.asOf.outsidePeriod")] // tomorrow
    [InlineData(-1, "progress.asOf.outsidePeriod")] // 31/12/2020, before the period
    public async Task The_date_must_be_inside_the_period_and_not_in_the_future(int day, string code)
    {
        var (staff, pledgeId) = await AcceptedPledgeAsync();
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];
        var asOf = day < 0 ? new DateTime(2020, 12, 31) : new DateTime(2021, 1, day);

        var outcome = await Get<ReportPledgeProgress>().ExecuteAsync(staff, new() { Key = line.Key, Measure = line.Measure, Value = 1, AsOf = asOf }, Ct);

        Assert.Equal((OutcomeStatus.RuleBroken, code), (outcome.Status, outcome.RuleCode));
    }

    [Theory]
    [InlineData(0, 101.0, null, "progress.value.percentRange")]
    [InlineData(1, -1.0, null, "progress.value.negative")]
    [InlineData(1, double.NaN, null, "progress.value.notANumber")]
    [InlineData(1, null, null, "progress.value.required")]
    [InlineData(1, 1.0, 1001, "progress.note.tooLong")]
    public async Task Report_values_and_notes_are_validated(int lineIndex, double? value, int? noteLength, string code)
    {
        var (staff, pledgeId) = await AcceptedPledgeAsync();
        var line = (await SheetAsync(staff, pledgeId)).Lines[lineIndex];

        var outcome = await Get<ReportPledgeProgress>().ExecuteAsync(staff,
            new() { Key = line.Key, Measure = line.Measure, Value = value, AsOf = new(2021, 1, 12), Note = noteLength is { } n ? new string('x', n) : null }, Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(code, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public async Task Progress_is_not_reported_on_a_draft_nor_once_the_drive_is_closed()
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var draft = await SaveAsync(staff, await FilledDraftAsync(staff), PledgeIntent.SaveDraft);
        var item = (await PledgeAsync(draft.PledgeId)).Items[1];
        var entry = new ProgressEntryForm { Key = item.Id, Value = 1, AsOf = new(2021, 1, 12) };

        var onDraft = await Get<ReportPledgeProgress>().ExecuteAsync(staff, entry, Ct);
        Assert.Equal("progress.pledge.notLive", onDraft.RuleCode);

        var (owner, pledgeId) = await AcceptedPledgeAsync();
        entry.Key = (await PledgeAsync(pledgeId)).Items[1].Id;
        await using (var db = Database.NewContext())
        {
            (await db.Campaigns.SingleAsync(Ct)).Close();
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal("progress.campaign.closed", (await Get<ReportPledgeProgress>().ExecuteAsync(owner, entry, Ct)).RuleCode);
    }

    [Fact]
    public async Task A_leader_reports_the_units_progress_against_its_targets_and_no_other_unit()
    {
        var leader = await LeaderAsync("px3");
        var sheet = (await Get<UnitProgressQuery>().ForAsync(leader, CampaignId, Ct)).Value!;
        var fireworks = sheet.Lines[1]; // PX3 target 20,000, seeded report on 11/1
        var before = fireworks.History.Count;

        var outcome = await Get<ReportUnitProgress>().ExecuteAsync(leader, new() { Key = fireworks.Key, Measure = fireworks.Measure, Value = 10_000, AsOf = new(2021, 1, 12) }, Ct);
        var after = (await Get<UnitProgressQuery>().ForAsync(leader, CampaignId, Ct)).Value!.Lines[1];
        var otherLeader = await Get<ReportUnitProgress>().ExecuteAsync(await LeaderAsync("px1"), new() { Key = fireworks.Key, Value = 1, AsOf = new(2021, 1, 12) }, Ct);
        var staff = await Get<UnitProgressQuery>().ForAsync(await StaffWithoutPledgeAsync("px3"), CampaignId, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(20_000, fireworks.Target);
        Assert.Equal(before + 1, after.History.Count);
        Assert.Equal(0.5, after.Completion);
        Assert.Equal(OutcomeStatus.Forbidden, otherLeader.Status);
        Assert.Equal(OutcomeStatus.Forbidden, staff.Status);
    }

    [Fact]
    public async Task A_collective_pledge_reads_the_units_reports_so_it_agrees_with_the_unit_page()
    {
        var leader = await LeaderAsync("px3");
        var unit = (await Get<UnitProgressQuery>().ForAsync(leader, CampaignId, Ct)).Value!;
        var row = (await Get<MyPledgesQuery>().ForAsync(leader, Ct)).Single(r => r.Kind == PledgeKind.Collective && r.CampaignId == CampaignId);
        var pledge = (await Get<PledgeProgressQuery>().ForAsync(leader, row.PledgeId, Ct)).Value!;

        Assert.Equal(unit.Lines.Count, unit.Overall!.Reported); // the demo reports every target of the workshop
        Assert.Equal(unit.Overall, pledge.Overall);            // was "not reported": the pledge's items had no reports of their own
        Assert.Equal(unit.Overall, row.Completion);
        Assert.Equal(unit.Lines.Select(l => l.Latest), pledge.Lines.Select(l => l.Latest));
        Assert.True(pledge.ReportedOnUnitPage);
        Assert.False(pledge.CanReport);
    }

    [Fact]
    public async Task Progress_is_not_reported_on_a_collective_pledge_but_on_the_units_targets()
    {
        var leader = await LeaderAsync("px3");
        var row = (await Get<MyPledgesQuery>().ForAsync(leader, Ct)).Single(r => r.Kind == PledgeKind.Collective && r.CampaignId == CampaignId);
        var item = (await PledgeAsync(row.PledgeId)).Items[1];

        var outcome = await Get<ReportPledgeProgress>().ExecuteAsync(leader, new() { Key = item.Id, Value = 1, AsOf = new(2021, 1, 12) }, Ct);

        Assert.Equal("progress.pledge.collective", outcome.RuleCode);
    }

    [Fact]
    public async Task My_pledges_lists_every_pledge_of_mine_with_its_status()
    {
        var staff = await UserAsync("px2.cnv01@z121.demo");
        await using var db = Database.NewContext();
        var expected = await db.Pledges.Where(p => p.UserId == staff.UserId).Select(p => p.Status).ToListAsync(Ct);

        var rows = await Get<MyPledgesQuery>().ForAsync(staff, Ct);

        Assert.Equal(expected, rows.Select(r => r.Status));
        Assert.All(rows, r => Assert.Equal(PledgeKind.Individual, r.Kind));
    }
}
