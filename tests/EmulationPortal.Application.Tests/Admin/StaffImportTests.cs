using System.Text;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Users.Import;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace EmulationPortal.Application.Tests.Admin;

public class StaffImportTests : IAsyncLifetime
{
    private const string Header = "Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò";
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static MemoryStream Csv(params string[] lines) =>
        new(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]))).ToArray());

    private async Task<PreviewStaffImport.Preview> PreviewAsync(params string[] lines)
    {
        using var csv = Csv(lines);
        return (await _database.Get<PreviewStaffImport>().ExecuteAsync(await _database.AdminAsync(), csv, "staff.csv", Ct))!;
    }

    private async Task<int> UserCountAsync()
    {
        await using var db = _database.NewContext();
        return await db.Users.CountAsync(Ct);
    }

    [Fact]
    public void A_UTF8_CSV_with_Vietnamese_headers_and_a_quoted_comma_is_read_row_by_row()
    {
        using var csv = Csv("\"Nguyễn Văn Mới, con\",moi1@z121.demo,PX3-M1,PX3-T1,Staff", "Trần Thị Hai,moi2@z121.demo,,PX3-T2,Chỉ huy đơn vị");

        var file = StaffFileParser.Parse(csv, "danh-sach.csv");

        Assert.Null(file.ErrorCode);
        Assert.Equal(
            [new StaffRow(2, "Nguyễn Văn Mới, con", "moi1@z121.demo", "PX3-M1", "PX3-T1", "Staff"), new StaffRow(3, "Trần Thị Hai", "moi2@z121.demo", "", "PX3-T2", "Chỉ huy đơn vị")],
            file.Rows);
    }

    [Fact]
    public void An_Excel_file_with_English_headers_in_another_order_is_read()
    {
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(new[] { new Dictionary<string, object> { ["Email"] = "moi@z121.demo", ["Role"] = "Staff", ["Full name"] = "Lê Mới", ["Unit code"] = "PKH" } });
        xlsx.Position = 0;

        var file = StaffFileParser.Parse(xlsx, "staff.xlsx");

        Assert.Equal(new StaffRow(2, "Lê Mới", "moi@z121.demo", "", "PKH", "Staff"), Assert.Single(file.Rows));
    }

    [Theory]
    [InlineData("staff.txt", "Họ và tên,Email,Mã đơn vị,Vai trò", "import.file.type")]
    [InlineData("staff.csv", "Tên,Thư,Đơn vị", "import.file.columns")]
    public void A_file_of_another_type_or_without_the_columns_is_refused_as_a_whole(string name, string header, string error)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(header + "\nA,b@c.d,PKH,Staff"));

        Assert.Equal(error, StaffFileParser.Parse(content, name).ErrorCode);
    }

    [Fact]
    public async Task The_role_column_takes_each_roles_code_and_its_Vietnamese_and_English_label()
    {
        // The labels the portal shows for each role (Role.* in SharedResource.tsv), and the codes.
        (string Written, string Role)[] roles =
        [
            ("Admin", Roles.Admin), ("Quản trị viên", Roles.Admin), ("Administrator", Roles.Admin),
            ("PoliticalOfficer", Roles.PoliticalOfficer), ("Cán bộ chính trị", Roles.PoliticalOfficer), ("Political officer", Roles.PoliticalOfficer),
            ("UnitLeader", Roles.UnitLeader), ("chỉ huy đơn vị", Roles.UnitLeader), ("Unit leader", Roles.UnitLeader),
            ("Staff", Roles.Staff), ("\"Cán bộ, công nhân viên\"", Roles.Staff), ("CAN BO CONG NHAN VIEN", Roles.Staff),
        ];

        var preview = await PreviewAsync([.. roles.Select((r, i) => $"Người {i},vaitro{i}@z121.demo,,PX3-T1,{r.Written}")]);

        Assert.All(preview.Rows, row => Assert.True(row.IsValid, string.Join(", ", row.Errors.Select(e => e.Code))));
        Assert.Equal(roles.Select(r => r.Role), preview.Rows.Select(r => r.Role));
    }

    [Fact]
    public async Task The_preview_marks_every_kind_of_bad_row_and_passes_the_good_ones()
    {
        var preview = await PreviewAsync(
            "Lê Văn Tốt,tot@z121.demo,PX3-TOT,PX3-T1,Staff",
            ",thieuten@z121.demo,,PX3-T1,Staff",
            "Sai Email,khong-phai-email,,PX3-T1,Staff",
            "Trùng Một,trung@z121.demo,,PX3-T1,Staff",
            "Trùng Hai,TRUNG@z121.demo,,PX3-T1,Staff",
            $"Đã Có,{DemoAccounts.Workshop2Staff.Email},,PX3-T1,Staff",
            "Sai Đơn Vị,saidonvi@z121.demo,,PX9,Staff",
            "Sai Vai Trò,saivaitro@z121.demo,,PX3-T1,Giám đốc",
            "=HYPERLINK(\"http://x\"),congthuc@z121.demo,,PX3-T1,Staff",
            "Mã Trùng,maytrung@z121.demo,PX1.CNV01,PX3-T1,Staff");

        string[] Codes(int i) => preview.Rows[i].Errors.Select(e => e.Code).ToArray();
        Assert.True(preview.Rows[0].IsValid);
        Assert.Equal(["user.name.required"], Codes(1));
        Assert.Equal(["user.email.invalid"], Codes(2));
        Assert.Equal(["import.email.duplicate-in-file"], Codes(3));
        Assert.Equal(["import.email.duplicate-in-file"], Codes(4));
        Assert.Equal(["import.email.exists"], Codes(5));
        Assert.Equal(["import.unit.unknown"], Codes(6));
        Assert.Equal(["import.role.unknown"], Codes(7));
        Assert.Equal(["import.cell.formula"], Codes(8));
        Assert.Equal(["import.staffcode.exists"], Codes(9));
        Assert.Equal(3, preview.Rows[1].Row.RowNumber);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_saves_nothing_until_the_row_is_skipped()
    {
        var preview = await PreviewAsync("Lê Văn Tốt,tot@z121.demo,,PX3-T1,Staff", "Sai Đơn Vị,saidonvi@z121.demo,,PX9,Staff");
        var before = await UserCountAsync();
        var admin = await _database.AdminAsync();

        var refused = await _database.Get<ImportStaff>().ExecuteAsync(admin, preview.Rows.Select(r => r.Row).ToList(), ct: Ct);
        Assert.Equal((OutcomeStatus.RuleBroken, "import.has-errors"), (refused.Status, refused.RuleCode));
        Assert.Equal(before, await UserCountAsync());

        var imported = await _database.Get<ImportStaff>().ExecuteAsync(admin, preview.Rows.Where(r => r.IsValid).Select(r => r.Row).ToList(), ct: Ct);
        Assert.Equal(1, imported.Value);
        Assert.Equal(before + 1, await UserCountAsync());
    }

    [Fact]
    public async Task Two_thousand_rows_import_in_one_go_with_progress_and_without_passwords()
    {
        var units = new[] { "PX1-T1", "PX2-T1", "PX3-T1", "PKH" };
        var rows = Enumerable.Range(1, 2_000)
            .Select(i => new StaffRow(i + 1, $"Nguyễn Văn Số {i}", $"nhap{i:0000}@z121.demo", $"NHAP-{i:0000}", units[i % units.Length], "Staff"))
            .ToList();
        var before = await UserCountAsync();
        var reported = new List<int>();

        var outcome = await _database.Get<ImportStaff>().ExecuteAsync(await _database.AdminAsync(), rows, new SynchronousProgress(reported), Ct);

        Assert.Equal(2_000, outcome.Value);
        Assert.Equal([500, 1_000, 1_500, 2_000], reported);
        await using var db = _database.NewContext();
        Assert.Equal(before + 2_000, await db.Users.CountAsync(Ct));
        var imported = await db.Users.Where(u => u.Email!.StartsWith("nhap")).ToListAsync(Ct);
        Assert.All(imported, u => Assert.Null(u.PasswordHash));
        Assert.Equal("nguyen van so 7", imported.Single(u => u.Email == "nhap0007@z121.demo").SearchName);
        var staffRole = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).SingleAsync(Ct);
        Assert.Equal(2_000, await db.UserRoles.CountAsync(r => r.RoleId == staffRole && imported.Select(u => u.Id).Contains(r.UserId), Ct));
    }

    private sealed class SynchronousProgress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
