using Bunit;
using EmulationPortal.Application.Users.Import;
using EmulationPortal.Web.Features.Admin;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Tests.Admin;

/// <summary>
/// The import page on files that cannot be imported (issue 11, item 9): it says why and is ready for the next file,
/// never stuck on "Đã nhập 0/0 dòng", and nothing is stored.
/// </summary>
public class ImportStaffPageTests : PortalPageTest
{
    private const string Header = "Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò\r\n";

    protected override void RegisterPageServices()
    {
        Forward<PreviewStaffImport>();
        Forward<ImportStaff>();
    }

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "staff.csv", System.Text.Encoding.UTF8.GetBytes(Header + "Lê Văn Ngắn,ngan@z121.demo\r\nLê Văn Đủ,du@z121.demo,,PKH,Staff") },
        { "staff.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x01] },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_file_is_refused_with_a_message_and_the_page_is_ready_again(string name, byte[] content)
    {
        var page = Render<ImportStaffPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

        page.WaitForAssertion(() => Assert.Contains("Không đọc được tệp.", page.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Đã nhập", page.Markup, StringComparison.Ordinal);
        Assert.Null(page.Find("button").GetAttribute("disabled"));
        await using var db = Database.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "du@z121.demo", Ct));
    }

    [Fact]
    public void A_row_with_an_error_is_listed_with_it_and_the_import_waits_until_it_is_fixed_or_skipped()
    {
        var page = Render<ImportStaffPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Header + "Lê Văn Thiếu,thieu@z121.demo,,,Staff\r\nLê Văn Đủ,du@z121.demo,,PKH,Staff", "staff.csv"));

        page.WaitForAssertion(() => Assert.Contains("Thiếu mã đơn vị.", page.Find("table").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.FindAll("button").Single(b => b.TextContent.Contains("Nhập 1 dòng hợp lệ", StringComparison.Ordinal)).GetAttribute("disabled"));
    }
}
