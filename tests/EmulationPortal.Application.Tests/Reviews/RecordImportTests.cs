using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Application.Reviews.Import;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>A unit imports its ratings and earlier titles from Excel: template, per-row preview, all or nothing, audited.</summary>
public class RecordImportTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private TestUser _leader = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>An .xlsx with the header row and the given rows, as a unit would save it.</summary>
    private static MemoryStream Workbook(string[] header, params string[][] rows)
    {
        var stream = new MemoryStream();
        var lines = new[] { header }.Concat(rows)
            .Select(cells => cells.Select((cell, i) => (Key: ((char)('A' + i)).ToString(), Cell: (object)cell)).ToDictionary(c => c.Key, c => c.Cell));
        stream.SaveAs(lines, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The template's headers as the Vietnamese UI writes them.</summary>
    private static readonly Dictionary<string, string> Vietnamese = new()
    {
        ["Records.Column.Year"] = "Năm", ["Records.Column.StaffCode"] = "Mã nhân viên", ["Records.Column.FullName"] = "Họ và tên",
        ["Records.Column.UnitCode"] = "Mã đơn vị", ["Records.Column.Rating"] = "Xếp loại", ["Records.Column.Sheet"] = "Dữ liệu",
    };

    private static readonly string[] RatingHeader = ["Năm", "Mã nhân viên", "Mã đơn vị", "Xếp loại"];
    private static readonly string[] TitleHeader = ["Năm", "Mã nhân viên", "Mã đơn vị", "Danh hiệu", "Đột xuất", "Mã sáng kiến"];

    private async Task<PreviewRecordImport.Preview> PreviewAsync(TestUser user, RecordKind kind, Stream file) =>
        (await _database.Get<PreviewRecordImport>().ExecuteAsync(user, kind, file, "records.xlsx", Ct))!;

    private async Task<DutyRating?> RatingAsync(string login)
    {
        await using var db = _database.NewContext();
        var id = await db.Users.Where(u => u.Email == login + "@z121.demo").Select(u => u.Id).SingleAsync(Ct);
        return await db.AnnualRatings.Where(r => r.Year == 2021 && r.UserId == id).Select(r => (DutyRating?)r.Rating).SingleOrDefaultAsync(Ct);
    }

    private async Task<string> UnitOfAsync(string login)
    {
        await using var db = _database.NewContext();
        var unitId = await db.Users.Where(u => u.Email == login + "@z121.demo").Select(u => u.OrgUnitId).SingleAsync(Ct);
        return await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Code).SingleAsync(Ct);
    }

    [Fact]
    public async Task The_ratings_template_lists_the_leaders_units_and_people_and_imports_back_once_every_rating_is_filled()
    {
        var template = new MemoryStream();
        Assert.True(await _database.Get<RecordTemplateQuery>().ExecuteAsync(_leader, RecordKind.Ratings, template, key => Vietnamese[key], Ct));
        template.Position = 0;
        var lines = template.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(["PX1", "PX1-T1", "PX1-T2"], lines.Where(l => l["Mã nhân viên"] is null).Select(l => l["Mã đơn vị"]));
        Assert.Equal(71, lines.Count(l => l["Mã nhân viên"] is not null));
        Assert.All(lines, l => Assert.StartsWith("PX1", (string)l["Mã đơn vị"]!, StringComparison.Ordinal));

        // px1.cnv03 is not rated yet: its blank cell holds the whole file back.
        template.Position = 0;
        var blank = await PreviewAsync(_leader, RecordKind.Ratings, template);
        Assert.Equal("records.value.required", Assert.Single(blank.Rows, r => !r.IsValid).Errors.Single().Code);

        var filled = Workbook(RatingHeader, lines.Select(l => new[] { "2021", (string?)l["Mã nhân viên"] ?? "", (string)l["Mã đơn vị"]!,
            (string?)l["Xếp loại"] ?? "Hoàn thành xuất sắc nhiệm vụ" }).ToArray());
        var preview = await PreviewAsync(_leader, RecordKind.Ratings, filled);
        Assert.All(preview.Rows, r => Assert.True(r.IsValid));
        var saved = await _database.Get<ImportRecords>().ExecuteAsync(_leader, RecordKind.Ratings, preview.Rows.Select(r => r.Row).ToList(), Ct);

        Assert.Equal(74, saved.Value);
        Assert.Equal(DutyRating.Excellent, await RatingAsync("px1.cnv03"));
        Assert.Equal(DutyRating.Completed, await RatingAsync("px1.cnv04")); // kept as it was on record
    }

    [Fact]
    public async Task Every_wrong_row_is_shown_with_its_error_and_nothing_is_saved_while_one_is_wrong()
    {
        var team = await UnitOfAsync("px1.cnv04");
        var other = await UnitOfAsync("px1.cnv09");
        var file = Workbook(RatingHeader,
            ["2021", "PX1.CNV04", team, "HTXSNV"],        // valid: a rating to replace
            ["2021", "NOBODY.01", "PX1", "HTTNV"],        // unknown staff code
            ["2021", "PX2.CNV01", "PX2", "HTTNV"],        // another workshop: outside the leader's reach
            ["2021", "PX1.CNV05", "PX1", "Giỏi"],         // not a rating
            ["2031", "PX1.CNV06", "PX1", "HTTNV"],        // a future year
            ["2021", "PX1.CNV07", "PX1", "=1+1"],         // a formula
            ["2021", "PX1.CNV04", "PX1-T9", "HTTNV"],     // no such unit
            ["2021", "PX1.CNV09", other, "HTTNV"],        // the same person twice...
            ["2021", "PX1.CNV09", other == "PX1-T1" ? "PX1-T2" : "PX1-T1", "HTNV"]); // ...and in a team they are not in
        var preview = await PreviewAsync(_leader, RecordKind.Ratings, file);

        string[] Codes(int row) => preview.Rows.Single(r => r.Row.RowNumber == row).Errors.Select(e => e.Code).ToArray();
        Assert.Empty(Codes(2));
        Assert.Contains("records.person.unknown", Codes(3));
        Assert.Contains("records.unit.outOfReach", Codes(4));
        Assert.Contains("records.person.outOfReach", Codes(4));
        Assert.Null(preview.Rows.Single(r => r.Row.RowNumber == 4).PersonName); // whose code it is stays unsaid
        Assert.Contains("records.rating.unknown", Codes(5));
        Assert.Contains("records.year.invalid", Codes(6));
        Assert.Contains("import.cell.formula", Codes(7));
        Assert.Contains("import.unit.unknown", Codes(8));
        Assert.Equal(["records.duplicateInFile"], Codes(9));
        Assert.Contains("records.person.otherUnit", Codes(10));
        Assert.Contains("records.duplicateInFile", Codes(10));

        var refused = await _database.Get<ImportRecords>().ExecuteAsync(_leader, RecordKind.Ratings, preview.Rows.Select(r => r.Row).ToList(), Ct);
        Assert.Equal("import.has-errors", refused.RuleCode);
        Assert.Equal(DutyRating.Completed, await RatingAsync("px1.cnv04"));
    }

    [Fact]
    public async Task An_imported_title_of_an_earlier_year_closes_a_gap_so_the_consecutive_year_chain_counts_at_once_and_is_audited()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var roundId = await DemoReviewFixture.RoundIdAsync(_database, Ct);
        async Task<RuleCheck> Chain(string staffCode) => (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, roundId, Ct))!.People
            .Single(p => p.StaffCode == staffCode).Verdicts.Single(v => v.Title == AwardTitle.MinistryFighter).Checks.Single(c => c.Rule == "chain");
        var unbroken = await Chain("PX1.CNV08");
        Assert.NotEqual(unbroken.Reason, (await Chain("PX1.CNV11")).Reason); // 2018 and 2020, not 2019

        var file = Workbook(TitleHeader,
            ["2019", "PX1.CNV11", "PX1-T1", "Chiến sĩ thi đua cơ sở", "", ""],
            ["2018", "", "PX1-T2", "Đơn vị tiên tiến", "", ""]);
        var preview = await PreviewAsync(_leader, RecordKind.Titles, file);
        Assert.All(preview.Rows, r => Assert.Empty(r.Errors));
        Assert.True((await _database.Get<ImportRecords>().ExecuteAsync(_leader, RecordKind.Titles, preview.Rows.Select(r => r.Row).ToList(), Ct)).Succeeded);

        Assert.Equal(unbroken.Reason, (await Chain("PX1.CNV11")).Reason);
        await using var db = _database.NewContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(AwardRecord) && e.UserId == _leader.UserId, Ct));
    }

    [Fact]
    public async Task A_title_already_on_record_a_wrong_subject_or_a_used_initiative_is_refused_row_by_row()
    {
        var file = Workbook(TitleHeader,
            ["2020", "PX1.CNV08", "PX1", "CSTĐCS", "", ""],               // already on record
            ["2019", "", "PX1", "Chiến sĩ thi đua cơ sở", "", ""],        // a person's title without a person
            ["2019", "PX1.CNV13", "PX1", "LĐTT", "có lẽ", ""],            // not a yes/no
            ["2019", "PX1.CNV10", "PX1", "CSTĐCS", "", "SK-2020-011"],    // the initiative supported the 2020 title
            ["2019", "PX1.CNV13", "PX1", "CSTĐCS", "", "SK-2021-014"]);   // someone else's initiative
        var preview = await PreviewAsync(_leader, RecordKind.Titles, file);

        string[] Codes(int row) => preview.Rows.Single(r => r.Row.RowNumber == row).Errors.Select(e => e.Code).ToArray();
        Assert.Contains("records.title.exists", Codes(2));
        Assert.Contains("records.title.subject", Codes(3));
        Assert.Contains("records.adHoc.invalid", Codes(4));
        Assert.Contains("records.initiative.used", Codes(5));
        Assert.Contains("records.initiative.unknown", Codes(6));
    }

    [Fact]
    public async Task Staff_may_not_import_and_a_hostile_or_foreign_file_is_refused_unread()
    {
        var staff = await DemoReviewFixture.UserAsync(_database, "px1.cnv02", Roles.Staff, Ct);
        Assert.Null(await _database.Get<PreviewRecordImport>().ExecuteAsync(staff, RecordKind.Ratings, Workbook(RatingHeader), "r.xlsx", Ct));
        Assert.Equal(OutcomeStatus.Forbidden, (await _database.Get<ImportRecords>().ExecuteAsync(staff, RecordKind.Ratings, [new RecordRow(2, "2021", "", "PX1", "HTTNV")], Ct)).Status);
        Assert.False(await _database.Get<RecordTemplateQuery>().ExecuteAsync(staff, RecordKind.Ratings, new MemoryStream(), key => key, Ct));

        Assert.Equal("records.file.cell-too-long", (await PreviewAsync(_leader, RecordKind.Ratings, Workbook(RatingHeader, ["2021", "", "PX1", new string('x', 300)]))).FileErrorCode);
        Assert.Equal("records.file.columns.titles", (await PreviewAsync(_leader, RecordKind.Titles, Workbook(RatingHeader, ["2021", "", "PX1", "HTTNV"]))).FileErrorCode);
        Assert.Equal("import.file.type", (await _database.Get<PreviewRecordImport>().ExecuteAsync(_leader, RecordKind.Ratings, new MemoryStream([1, 2]), "r.docx", Ct))!.FileErrorCode);
    }
}
