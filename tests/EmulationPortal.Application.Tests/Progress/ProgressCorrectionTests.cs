using EmulationPortal.Application.Access;
using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Application.Tests.Pledges;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Progress;

/// <summary>
/// Issue 10: "A wrong report can be corrected (a superseding report with a reason, audited), never edited in place."
/// </summary>
public class ProgressCorrectionTests : PledgeTestBase
{
    private async Task<(ICurrentUser Staff, int PledgeId)> ReportedPledgeAsync(double value)
    {
        var staff = await StaffWithoutPledgeAsync("px2");
        var saved = await SubmittedPledgeAsync(staff);
        var line = (await SheetAsync(staff, saved.PledgeId)).Lines[1]; // committed 2
        var reported = await Get<ReportPledgeProgress>().ExecuteAsync(staff, new() { Key = line.Key, Measure = line.Measure, Value = value, AsOf = new(2021, 1, 10), Note = "Tuần 2" }, Ct);
        Assert.True(reported.Succeeded, $"{reported.Status} {reported.RuleCode}");
        return (staff, saved.PledgeId);
    }

    private async Task<ProgressSheet> SheetAsync(ICurrentUser user, int pledgeId) =>
        (await Get<PledgeProgressQuery>().ForAsync(user, pledgeId, Ct)).Value!;

    private static ProgressCorrectionForm Fix(ProgressLine line, ProgressEntry entry, double? value, string? reason = "Nhập nhầm số liệu") =>
        new() { ReportId = entry.Id, Version = entry.Version, Measure = line.Measure, Value = value, Reason = reason };

    [Fact]
    public async Task A_correction_supersedes_the_wrong_report_which_stays_in_the_history_with_who_when_and_why()
    {
        var (staff, pledgeId) = await ReportedPledgeAsync(20); // 20 of 2: a typo, 1000%
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];
        Today(12);

        var outcome = await Get<CorrectProgress>().ExecuteAsync(staff, Fix(line, line.History[0], 1, "  Gõ thừa số 0\u200B "), Ct);

        Assert.True(outcome.Succeeded, $"{outcome.Status} {outcome.RuleCode}");
        var corrected = (await SheetAsync(staff, pledgeId)).Lines[1];
        Assert.Equal([1d, 20d], corrected.History.Select(h => h.Value));
        var (correction, wrong) = (corrected.History[0], corrected.History[1]);
        Assert.Equal((new DateOnly(2021, 1, 10), "Tuần 2", "Gõ thừa số 0"), (correction.AsOf, correction.Note, correction.CorrectionReason));
        Assert.Equal(new Supersession(correction.ReportedBy, correction.ReportedAtUtc, "Gõ thừa số 0"), wrong.SupersededBy);
        Assert.Equal(new DateTime(2021, 1, 12, 3, 0, 0), correction.ReportedAtUtc);
        Assert.Equal(1, corrected.Latest);
        Assert.Equal(0.5, corrected.Completion);
        Assert.Equal((await SheetAsync(staff, pledgeId)).Overall, (await Get<MyPledgesQuery>().ForAsync(staff, Ct)).Single(r => r.PledgeId == pledgeId).Completion);

        await using var db = Database.NewContext();
        var stored = await db.ProgressReports.AsNoTracking().SingleAsync(r => r.Id == wrong.Id, Ct);
        Assert.Equal((20d, true), (stored.Value, stored.IsSuperseded)); // the wrong value is kept, never edited in place
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(ProgressReport) && e.UserId == staff.UserId && e.AtUtc == correction.ReportedAtUtc)
            .Select(e => new { e.EntityId, e.Action }).ToListAsync(Ct);
        Assert.Contains(new { EntityId = wrong.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = AuditAction.Modified }, audited);
        Assert.Contains(new { EntityId = correction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = AuditAction.Created }, audited);
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);
    }

    [Fact]
    public async Task A_superseded_report_cannot_be_corrected_again_nor_by_a_second_correction_at_the_same_moment()
    {
        var (staff, pledgeId) = await ReportedPledgeAsync(20);
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];
        var read = line.History[0];

        var first = await Get<CorrectProgress>().ExecuteAsync(staff, Fix(line, read, 1), Ct);
        var concurrent = await Get<CorrectProgress>().ExecuteAsync(staff, Fix(line, read, 2), Ct);        // opened before the first saved
        var fresh = (await SheetAsync(staff, pledgeId)).Lines[1].History.Single(h => h.Id == read.Id);
        var again = await Get<CorrectProgress>().ExecuteAsync(staff, Fix(line, fresh, 2), Ct);          // read after: superseded

        Assert.True(first.Succeeded);
        Assert.Equal((OutcomeStatus.Conflict, OutcomeStatus.Conflict), (concurrent.Status, again.Status));
        Assert.Equal(1, (await SheetAsync(staff, pledgeId)).Lines[1].Latest);
        await using var db = Database.NewContext();
        Assert.Equal(1, await db.ProgressReports.CountAsync(r => r.CorrectsReportId == read.Id, Ct));
    }

    [Fact]
    public async Task Only_who_may_report_corrects_and_a_leader_corrects_the_units_own_figure()
    {
        var (staff, pledgeId) = await ReportedPledgeAsync(20);
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];
        var leader = await LeaderAsync("px2");

        var byLeader = await Get<CorrectProgress>().ExecuteAsync(leader, Fix(line, line.History[0], 1), Ct);
        var byColleague = await Get<CorrectProgress>().ExecuteAsync(await StaffWithoutPledgeAsync("px2", skip: 1), Fix(line, line.History[0], 1), Ct);
        Assert.Equal((OutcomeStatus.Forbidden, OutcomeStatus.Forbidden), (byLeader.Status, byColleague.Status));

        var px3 = await LeaderAsync("px3");
        var unitLine = (await Get<UnitProgressQuery>().ForAsync(px3, CampaignId, Ct)).Value!.Lines[1]; // seeded report on 11/1
        var otherLeader = await Get<CorrectProgress>().ExecuteAsync(leader, Fix(unitLine, unitLine.History[0], 10_000), Ct);
        var own = await Get<CorrectProgress>().ExecuteAsync(px3, Fix(unitLine, unitLine.History[0], 10_000), Ct);

        Assert.Equal(OutcomeStatus.Forbidden, otherLeader.Status);
        Assert.True(own.Succeeded, $"{own.Status} {own.RuleCode}");
        Assert.Equal(0.5, (await Get<UnitProgressQuery>().ForAsync(px3, CampaignId, Ct)).Value!.Lines[1].Completion); // target 20,000
    }

    [Theory]
    [InlineData(1.0, null, "progress.correction.reasonRequired")]
    [InlineData(1.0, " \u200B ", "progress.correction.reasonRequired")]
    [InlineData(1.0, "501", "progress.correction.reasonTooLong")]
    [InlineData(-1.0, "Nhầm", "progress.value.negative")]
    [InlineData(null, "Nhầm", "progress.value.required")]
    public async Task A_correction_needs_a_valid_value_and_a_reason(double? value, string? reason, string code)
    {
        var (staff, pledgeId) = await ReportedPledgeAsync(20);
        var line = (await SheetAsync(staff, pledgeId)).Lines[1];

        var outcome = await Get<CorrectProgress>().ExecuteAsync(staff, Fix(line, line.History[0], value, reason == "501" ? new string('x', 501) : reason), Ct);

        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(code, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public async Task The_dashboard_reads_the_corrected_figure_of_a_unit()
    {
        var px3 = await LeaderAsync("px3");
        var unitLine = (await Get<UnitProgressQuery>().ForAsync(px3, CampaignId, Ct)).Value!.Lines[1];
        var officer = await UserAsync("chinhtri@z121.demo", Identity.Roles.PoliticalOfficer);
        int criterionId;
        await using (var db = Database.NewContext())
        {
            criterionId = await db.UnitTargets.Where(t => t.Id == unitLine.Key).Select(t => t.CriterionId).SingleAsync(Ct);
        }

        async Task<double?> ReportedAsync() => (await Get<CampaignDashboardQuery>().ForAsync(officer, CampaignId, Ct)).Value!
            .Units.Single(u => u.OrgUnitId == px3.OrgUnitId).Cells.Single(c => c.CriterionId == criterionId).Reported;
        Assert.Equal(unitLine.Latest, await ReportedAsync());

        Assert.True((await Get<CorrectProgress>().ExecuteAsync(px3, Fix(unitLine, unitLine.History[0], 12_345), Ct)).Succeeded);

        Assert.Equal(12_345, await ReportedAsync());
    }
}
