using System.Text;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Progress;
using EmulationPortal.Application.Recognitions;
using EmulationPortal.Application.Reports;
using EmulationPortal.Application.Targets;
using EmulationPortal.Application.Units;
using EmulationPortal.Application.Users;
using EmulationPortal.Application.Users.Import;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Recognition;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// Issue 6's battery for numbers, days, identifiers, spreadsheet formulas and search: each hostile value is refused on
/// its field's rule (or stored as declared), never an exception, and a refusal writes nothing.
/// </summary>
public class HostileValueTests(HostileWorld world) : IClassFixture<HostileWorld>
{
    private static CancellationToken Ct => HostileWorld.Ct;

    /// <summary>Refused with exactly this field error (or rule code), and every table as it was.</summary>
    private async Task RefusedAsync(Func<Task<Outcome>> attempt, OutcomeStatus status, string field, string code)
    {
        var counts = await world.CountsAsync();

        var outcome = await attempt();

        Assert.Equal(status, outcome.Status);
        if (status == OutcomeStatus.RuleBroken)
        {
            Assert.Equal(code, outcome.RuleCode);
        }
        else
        {
            Assert.Contains(outcome.Errors, e => (e.Field, e.Code) == (field, code));
        }

        Assert.Equal(counts, await world.CountsAsync());
    }

    public static TheoryData<string, double, string> Numbers() => new()
    {
        { "Count", double.NaN, "notANumber" },
        { "Count", double.PositiveInfinity, "notANumber" },
        { "Count", double.NegativeInfinity, "notANumber" },
        { "Count", -1, "negative" },
        { "Count", 1e308, "tooLarge" },
        { "Percentage", 101, "percentRange" },
        { "Count", 1.5, "wholeNumber" }, // one and a half shells: a count takes whole numbers only
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_pledged_value_out_of_range_is_refused_on_its_line(string measure, double value, string rule)
    {
        var staff = world.Staff(3);
        var draft = await world.FilledDraftAsync(staff);
        var index = draft.Lines.FindIndex(l => l.Measure.ToString() == measure);
        draft.Lines[index].Value = value;

        await RefusedAsync(async () => await world.Get<SavePledge>().ExecuteAsync(staff, draft, Ct), OutcomeStatus.Invalid, $"Lines[{index}].Value", $"pledge.item.{rule}");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_reported_value_out_of_range_is_refused_for_a_person_and_for_a_unit(string measure, double value, string rule)
    {
        var staff = world.Staff(4);
        var (item, itemMeasure) = await world.PledgeItemAsync(staff, Enum.Parse<Measure>(measure));
        var leader = await world.LeaderAsync("px1");
        var target = await world.UnitTargetAsync(leader, itemMeasure);

        await RefusedAsync(async () => await world.Get<ReportPledgeProgress>().ExecuteAsync(staff,
            new ProgressEntryForm { Key = item, Measure = itemMeasure, Value = value, AsOf = new DateTime(2021, 1, 11) }, Ct),
            OutcomeStatus.Invalid, "Value", $"progress.value.{rule}");
        await RefusedAsync(async () => await world.Get<ReportUnitProgress>().ExecuteAsync(leader,
            new ProgressEntryForm { Key = target, Measure = itemMeasure, Value = value, AsOf = new DateTime(2021, 1, 11) }, Ct),
            OutcomeStatus.Invalid, "Value", $"progress.value.{rule}");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_target_out_of_range_is_refused_on_its_cell(string measure, double value, string rule)
    {
        _ = rule; // the grid names the measure, whatever is wrong with the number
        var kind = Enum.Parse<Measure>(measure);
        var target = await world.ReadAsync(db => db.UnitTargets.AsNoTracking()
            .Where(t => t.CampaignId == world.CampaignId && db.Criteria.Any(c => c.Id == t.CriterionId && c.Measure == kind)).FirstAsync(Ct));
        var cell = new SaveTargetGrid.Cell(target.OrgUnitId, target.CriterionId, value, target.Version);

        await RefusedAsync(async () => await world.Get<SaveTargetGrid>().ExecuteAsync(await world.AdminAsync(), new(world.CampaignId, [cell]), Ct),
            OutcomeStatus.Invalid, SaveTargetGrid.FieldOf(target.OrgUnitId, target.CriterionId), $"target.value.{measure}");
    }

    [Theory]
    [InlineData(double.NaN, "positive")]
    [InlineData(double.PositiveInfinity, "tooLarge")]
    [InlineData(double.NegativeInfinity, "positive")]
    [InlineData(-1, "positive")]
    [InlineData(0, "positive")]
    [InlineData(1e308, "tooLarge")]
    public async Task A_criterion_weight_out_of_range_is_refused_on_the_drive_form_and_on_a_revision(double weight, string rule)
    {
        var admin = await world.AdminAsync();
        var form = (await world.Get<CampaignFormQuery>().ForAsync(admin, world.CampaignId, Ct)).Value!.Form;
        form.Criteria[1].Weight = weight;

        await RefusedAsync(async () => await world.Get<SaveCampaign>().ExecuteAsync(admin, form, Ct), OutcomeStatus.Invalid, "Criteria[1].Weight", $"criterion.weight.{rule}");
        await RefusedAsync(async () => await world.Get<ReviseCriterion>().ExecuteAsync(admin,
            new ReviseCriterion.Request { CampaignId = world.CampaignId, Version = form.Version, Criterion = form.Criteria[1], Reason = "Điều chỉnh" }, Ct),
            OutcomeStatus.Invalid, "Criterion.Weight", $"criterion.weight.{rule}");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public async Task A_headcount_out_of_range_is_refused(int headcount) =>
        await RefusedAsync(async () => await world.Get<AddUnit>().ExecuteAsync(await world.AdminAsync(),
            new AddUnitRequest { Code = $"HC-{world.Next()}", Name = "Tổ thử", ParentId = await world.UnitIdAsync("PX3"), Headcount = headcount }, Ct),
            OutcomeStatus.Invalid, "Headcount", "unit.headcount.range");

    /// <summary>Days around the demo drive (1/1–2/2/2021, today 12/1): before it, after it, still to come, and the extremes.</summary>
    public static TheoryData<DateTime> DaysOutside() =>
        [new DateTime(2020, 12, 31), new DateTime(2021, 2, 3), new DateTime(2021, 1, 13), DateTime.MinValue, DateTime.MaxValue];

    [Theory]
    [MemberData(nameof(DaysOutside))]
    public async Task Progress_on_a_day_outside_the_drive_or_still_to_come_is_refused(DateTime day)
    {
        var staff = world.Staff(5);
        var (item, measure) = await world.PledgeItemAsync(staff, Measure.Count);
        var leader = await world.LeaderAsync("px1");
        var target = await world.UnitTargetAsync(leader, Measure.Count);

        await RefusedAsync(async () => await world.Get<ReportPledgeProgress>().ExecuteAsync(staff,
            new ProgressEntryForm { Key = item, Measure = measure, Value = 1, AsOf = day }, Ct), OutcomeStatus.RuleBroken, "AsOf", "progress.asOf.outsidePeriod");
        await RefusedAsync(async () => await world.Get<ReportUnitProgress>().ExecuteAsync(leader,
            new ProgressEntryForm { Key = target, Measure = measure, Value = 1, AsOf = day }, Ct), OutcomeStatus.RuleBroken, "AsOf", "progress.asOf.outsidePeriod");
    }

    [Theory]
    [InlineData(2020, 12, 31)]
    [InlineData(2021, 1, 13)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public async Task A_recognition_before_the_drive_or_on_a_day_still_to_come_is_refused(int year, int month, int day)
    {
        var unitId = await world.UnitIdAsync("PX1");
        await RefusedAsync(async () => await world.Get<RecordRecognition>().ExecuteAsync(await world.OfficerAsync(), new RecordRecognition.Request
        {
            CampaignId = world.CampaignId, Kind = RecognitionKind.Commendation, OrgUnitId = unitId, Reason = "Hoàn thành xuất sắc", RecognisedOn = new DateTime(year, month, day),
        }, Ct), OutcomeStatus.Invalid, "RecognisedOn", "recognition.date.outsideDrive");
    }

    [Theory]
    [InlineData("PledgeDeadline", "campaign.pledgeDeadline.outsidePeriod")]
    [InlineData("LaunchDeadline", "campaign.launchDeadline.outsidePeriod")]
    [InlineData("End", "campaign.end.beforeStart")]
    public async Task A_drive_deadline_outside_its_period_is_refused(string field, string code)
    {
        var admin = await world.AdminAsync();
        var form = (await world.Get<CampaignFormQuery>().ForAsync(admin, world.CampaignId, Ct)).Value!.Form;
        typeof(CampaignForm).GetProperty(field)!.SetValue(form, new DateTime(2020, 11, 1));

        await RefusedAsync(async () => await world.Get<SaveCampaign>().ExecuteAsync(admin, form, Ct), OutcomeStatus.Invalid, field, code);
    }

    /// <summary>Identifiers take the same text policy; 100 KB and markup are refused on their own rules.</summary>
    public static TheoryData<string, string, string> Identifiers() => new()
    {
        { "Unit.Code", new string('A', 100_000), "unit.code.length" },
        { "Unit.Code", "<script>alert(1)</script>", "unit.code.pattern" },
        { "User.Email", new string('a', 100_000) + "@z121.demo", "user.email.length" },
        { "User.Email", "<script>alert(1)</script>", "user.email.invalid" },
        { "User.StaffCode", new string('7', 100_000), "user.staffcode.length" },
        { "User.Password", "Aa1@" + new string('x', 100_000), "user.password.tooLong" },
    };

    [Theory]
    [MemberData(nameof(Identifiers))]
    public async Task A_hostile_identifier_is_refused_on_its_field(string field, string text, string code)
    {
        var admin = await world.AdminAsync();
        var unitId = await world.UnitIdAsync("PX3-T1");
        var user = new CreateUserRequest
        {
            FullName = "Người thử", Email = $"id{world.Next()}@z121.demo", StaffCode = $"ID{world.Next()}", UnitId = unitId, Role = Roles.Staff, Password = "Demo@2021",
        };
        Func<Task<Outcome>> attempt = field switch
        {
            "Unit.Code" => async () => await world.Get<AddUnit>().ExecuteAsync(admin, new AddUnitRequest { Code = text, Name = "Tổ thử", ParentId = unitId }, Ct),
            "User.Email" => async () => await world.Get<CreateUser>().ExecuteAsync(admin, user with { Email = text }, Ct),
            "User.StaffCode" => async () => await world.Get<CreateUser>().ExecuteAsync(admin, user with { StaffCode = text }, Ct),
            _ => async () => await world.Get<CreateUser>().ExecuteAsync(admin, user with { Password = text }, Ct),
        };

        await RefusedAsync(attempt, OutcomeStatus.Invalid, field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..], code);
    }

    [Fact]
    public async Task Identifiers_are_stored_without_control_or_bidi_characters()
    {
        var admin = await world.AdminAsync();
        var n = world.Next();
        var unit = await world.Get<AddUnit>().ExecuteAsync(admin,
            new AddUnitRequest { Code = $"\u202EHX-\u0000{n}\u202C ", Name = "Tổ thử", ParentId = await world.UnitIdAsync("PX3") }, Ct);
        var user = await world.Get<CreateUser>().ExecuteAsync(admin, new CreateUserRequest
        {
            FullName = "Người thử", Email = $" id\u0000{n}@z121.demo\u2066", StaffCode = $"\u0007nv{n}", UnitId = await world.UnitIdAsync("PX3-T1"), Role = Roles.Staff, Password = "Demo@2021",
        }, Ct);

        Assert.True(unit.Succeeded, string.Join(", ", unit.Errors.Select(e => e.Code)));
        Assert.True(user.Succeeded, string.Join(", ", user.Errors.Select(e => e.Code)));
        Assert.True(await world.ReadAsync(db => db.OrgUnits.AnyAsync(u => u.Code == $"HX-{n}", Ct)));
        var stored = await world.ReadAsync(db => db.Users.SingleAsync(u => u.Id == user.Value, Ct));
        Assert.Equal(($"id{n}@z121.demo", $"NV{n}"), (stored.Email, stored.StaffCode));
    }

    /// <summary>Cells a spreadsheet would run: refused on import whatever hides in front of them, whichever column they are in.</summary>
    public static TheoryData<string, string> FormulaCells()
    {
        var cells = new TheoryData<string, string>();
        foreach (var column in new[] { "FullName", "Email", "StaffCode" })
        {
            foreach (var cell in new[] { "=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://evil.example\")", " =1+1", "\u0000=1+1", "\u202E=1+1" })
            {
                cells.Add(column, cell);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(FormulaCells))]
    public async Task An_import_cell_that_starts_a_formula_is_refused_and_nothing_is_imported(string column, string cell)
    {
        var n = world.Next();
        var email = $"formula{n}@z121.demo";
        var row = column switch
        {
            "FullName" => new StaffRow(2, cell, email, string.Empty, "PX3-T2", "Staff"),
            "Email" => new StaffRow(2, "Người thử", cell, string.Empty, "PX3-T2", "Staff"),
            _ => new StaffRow(2, "Người thử", email, cell, "PX3-T2", "Staff"),
        };
        var counts = await world.CountsAsync();

        var check = Assert.Single(await HostileImport.CheckAsync(world, row));
        var imported = await world.Get<ImportStaff>().ExecuteAsync(await world.AdminAsync(), [row], null, Ct);

        Assert.Contains(check.Errors, e => e.Field.StartsWith("Row", StringComparison.Ordinal) && e.Code == "import.cell.formula");
        Assert.Equal((OutcomeStatus.RuleBroken, "import.has-errors"), (imported.Status, imported.RuleCode));
        Assert.Equal(counts, await world.CountsAsync());
    }

    [Fact]
    public async Task A_CSV_file_with_formula_cells_is_previewed_as_refused_rows_never_evaluated()
    {
        var csv = "Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò\r\n=1+1,f1@z121.demo,,PX3-T2,Staff\r\n+1,f2@z121.demo,,PX3-T2,Staff\r\n"
            + "Người thử,f3@z121.demo,-1,PX3-T2,Staff\r\n@SUM(A1),f4@z121.demo,,PX3-T2,Staff\r\n";
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var preview = (await world.Get<PreviewStaffImport>().ExecuteAsync(await world.AdminAsync(), file, "staff.csv", Ct))!;

        Assert.Equal(["=1+1", "+1", "Người thử", "@SUM(A1)"], preview.Rows.Select(r => r.Row.FullName));
        Assert.Equal("-1", preview.Rows[2].Row.StaffCode);
        Assert.All(preview.Rows, r => Assert.Contains(r.Errors, e => e.Code == "import.cell.formula"));
    }

    [Theory]
    [InlineData("=2+3")]
    [InlineData("+2+3")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\u0000=2+3")]
    public async Task A_unit_name_that_starts_a_formula_is_exported_as_text(string name)
    {
        var admin = await world.AdminAsync();
        var unit = await world.ReadAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == "PX1", Ct));
        var renamed = await world.Get<EditUnit>().ExecuteAsync(admin,
            new EditUnitRequest { Id = unit.Id, Version = unit.Version, Name = name, ParentId = unit.ParentId, Headcount = unit.Headcount }, Ct);
        Assert.True(renamed.Succeeded);

        var report = await world.Get<CampaignReportQuery>().ForAsync(await world.OfficerAsync(), world.CampaignId, Ct);
        using var workbook = new MemoryStream();
        CampaignWorkbook.Write(workbook, report.Value!, key => key);
        workbook.Position = 0;
        var row = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Report.SheetUnits").Cast<IDictionary<string, object?>>()
            .Single(r => (string?)r["Report.UnitCode"] == "PX1");

        Assert.Equal("'" + UserText.Normalize(name), row["Report.Unit"]);
    }

    public static TheoryData<string> Searches() =>
        ["Hoàng Thị Quỳnh".Normalize(NormalizationForm.FormC), "Hoàng Thị Quỳnh".Normalize(NormalizationForm.FormD), "hoang thi quynh", "QUỲNH", "\u202Equynh\u0000"];

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task A_name_typed_in_NFD_is_stored_NFC_and_found_by_NFD_NFC_or_unaccented_search(string search)
    {
        var admin = await world.AdminAsync();
        var n = world.Next();
        var name = $"Hoàng Thị Quỳnh {n}".Normalize(NormalizationForm.FormD);
        var user = await world.Get<CreateUser>().ExecuteAsync(admin, new CreateUserRequest
        {
            FullName = name, Email = $"nfd{n}@z121.demo", UnitId = await world.UnitIdAsync("PX3-T1"), Role = Roles.Staff, Password = "Demo@2021",
        }, Ct);
        var unit = await world.Get<AddUnit>().ExecuteAsync(admin, new AddUnitRequest { Code = $"NFD-{n}", Name = name, ParentId = await world.UnitIdAsync("PX3") }, Ct);
        Assert.True(user.Succeeded && unit.Succeeded);

        var found = await world.Get<UserListQuery>().ListAsync(admin, new UserListRequest(search, null, null, 0, 500), Ct);
        var folded = SearchText.Fold(search);
        var units = await world.ReadAsync(db => db.OrgUnits.Where(u => u.SearchName.Contains(folded)).Select(u => u.Name).ToListAsync(Ct));

        Assert.Contains(found!.Items, u => u.FullName == name.Normalize(NormalizationForm.FormC));
        Assert.Contains(name.Normalize(NormalizationForm.FormC), units);
    }
}
