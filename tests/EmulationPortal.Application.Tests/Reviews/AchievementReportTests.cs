using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>A nomination's achievement report, drafted as a .docx from the round's record, for those who may read the nomination.</summary>
public class AchievementReportTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private int _roundId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _roundId = await DemoReviewFixture.RoundIdAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<TestUser> User(string login, string role) => DemoReviewFixture.UserAsync(_database, login, role, Ct);

    private async Task<ReviewRoundDetail.NominationRow> NominationOfAsync(string fullNameOrUnit)
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        return (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, _roundId, Ct))!.Nominations.First(n => n.Subject == fullNameOrUnit);
    }

    private static string TextOf(AchievementReport report)
    {
        using var stream = new MemoryStream();
        AchievementReportDocument.Write(stream, report, key => key, check => $"{check.Rule}:{check.Reason}", rating => rating?.ToString() ?? "none");
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public async Task A_persons_report_holds_the_title_the_particulars_the_record_the_summary_and_every_rule_with_its_clause()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var staff = await User("px1.cnv01", Roles.Staff);
        var detail = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, _roundId, Ct))!;
        var nomination = detail.Nominations.First(n => n.PersonId == staff.UserId);

        var report = (await _database.Get<AchievementReportQuery>().ExecuteAsync(officer, nomination.Id, Ct))!;
        var text = TextOf(report);

        Assert.Equal(AwardTitle.GrassrootsFighter, report.Title.Title);
        Assert.Equal("PX1.CNV01", report.StaffCode);
        Assert.Contains("SK-2021-014", report.Initiatives.Select(i => i.Code));
        Assert.Contains("Report.Heading", text, StringComparison.Ordinal);
        Assert.Contains(nomination.Subject, text, StringComparison.Ordinal);
        Assert.Contains(nomination.Summary, text, StringComparison.Ordinal);
        Assert.Contains("merit:merit.initiative", text, StringComparison.Ordinal);
        Assert.Contains("Thông tư 151/2018/TT-BQP", text, StringComparison.Ordinal);
        Assert.Equal(report.Verdict!.Checks.Count, report.Verdict.Checks.Count(c => text.Contains($"{c.Rule}:{c.Reason}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_collectives_report_names_the_unit_and_its_headcount()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var detail = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, _roundId, Ct))!;
        var nomination = detail.Nominations.Single(n => n.PersonId is null);

        var report = (await _database.Get<AchievementReportQuery>().ExecuteAsync(officer, nomination.Id, Ct))!;

        Assert.True(report.IsCollective);
        Assert.Equal(AwardTitle.ExcellentCollective, report.Title.Title);
        Assert.True(report.Members > 0);
        Assert.Contains("Report.CollectiveName", TextOf(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nominee_and_the_nominating_leader_read_it_another_worker_and_another_workshops_leader_do_not()
    {
        var nominee = await User("px1.cnv01", Roles.Staff);
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var nomination = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, _roundId, Ct))!.Nominations.First(n => n.PersonId == nominee.UserId);
        var query = _database.Get<AchievementReportQuery>();

        Assert.NotNull(await query.ExecuteAsync(nominee, nomination.Id, Ct));
        Assert.NotNull(await query.ExecuteAsync(await User("px1.truong", Roles.UnitLeader), nomination.Id, Ct));
        Assert.Null(await query.ExecuteAsync(await User("px1.cnv02", Roles.Staff), nomination.Id, Ct));
        Assert.Null(await query.ExecuteAsync(await User("px2.truong", Roles.UnitLeader), nomination.Id, Ct));
        Assert.Null(await query.ExecuteAsync(officer, 9999, Ct));
    }
}
