using System.IO.Compression;
using System.Text;
using EmulationPortal.Application.Users.Import;
using MiniExcelLibs;

namespace EmulationPortal.Application.Tests.Admin;

/// <summary>Staff files built to hurt: each is refused with a message code, before it is read in full, never with an exception.</summary>
public class HostileStaffFileTests
{
    private const string Placeholder = "PLACEHOLDER-CELL";

    private static MemoryStream Workbook(string fullName)
    {
        var xlsx = new MemoryStream();
        xlsx.SaveAs(new[] { new Dictionary<string, object> { ["Full name"] = fullName, ["Email"] = "moi@z121.demo", ["Unit code"] = "PKH", ["Role"] = "Staff" } });
        xlsx.Position = 0;
        return xlsx;
    }

    /// <summary>A real workbook whose one name cell is rewritten, streamed, as <paramref name="cellLength"/> letters.</summary>
    private static MemoryStream WorkbookWithHugeCell(int cellLength)
    {
        using var source = new ZipArchive(Workbook(Placeholder), ZipArchiveMode.Read);
        var crafted = new MemoryStream();
        using (var target = new ZipArchive(crafted, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                var at = text.IndexOf(Placeholder, StringComparison.Ordinal);
                if (at < 0)
                {
                    writer.Write(text);
                    continue;
                }

                writer.Write(text.AsSpan(0, at));
                var chunk = new string('A', 1 << 20);
                for (var written = 0; written < cellLength; written += chunk.Length)
                {
                    writer.Write(chunk.AsSpan(0, Math.Min(chunk.Length, cellLength - written)));
                }

                writer.Write(text.AsSpan(at + Placeholder.Length));
            }
        }

        crafted.Position = 0;
        return crafted;
    }

    [Fact]
    public void A_small_workbook_that_unzips_to_a_huge_cell_is_refused_before_it_is_read()
    {
        using var xlsx = WorkbookWithHugeCell(100 * 1024 * 1024);
        Assert.InRange(xlsx.Length, 1, 1024 * 1024); // what travels is small: the was 400 KB for 400 MB

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var file = StaffFileParser.Parse(xlsx, "staff.xlsx");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(("import.file.too-large", 0), (file.ErrorCode, file.Rows.Count));
        Assert.InRange(allocated, 0, 16 * 1024 * 1024); // the cell was never materialised (it would be 200 MB of UTF-16)
    }

    [Fact]
    public void A_cell_longer_than_any_name_is_refused_and_never_reaches_the_preview()
    {
        using var xlsx = Workbook(new string('A', StaffFileLimits.MaxCellLength + 1));

        Assert.Equal("import.file.cell-too-long", StaffFileParser.Parse(xlsx, "staff.xlsx").ErrorCode);
    }

    [Fact]
    public void A_workbook_with_broken_XML_is_unreadable_not_an_exception()
    {
        using var source = new ZipArchive(Workbook("Lê Mới"), ZipArchiveMode.Read);
        var broken = new MemoryStream();
        using (var target = new ZipArchive(broken, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName.EndsWith("sheet1.xml", StringComparison.Ordinal))
                {
                    to.Write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>Lê"u8);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        broken.Position = 0;

        var file = StaffFileParser.Parse(broken, "staff.xlsx");

        Assert.Equal("import.file.unreadable", file.ErrorCode);
        Assert.NotNull(file.ReadFailure); // kept for the log
    }

    [Fact]
    public void A_short_CSV_row_makes_the_file_unreadable_with_the_reader_s_failure_kept_for_the_log()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò\r\nLê Văn Ngắn,ngan@z121.demo\r\nLê Văn Đủ,du@z121.demo,,PKH,Staff"));

        var file = StaffFileParser.Parse(csv, "staff.csv");

        Assert.Equal("import.file.unreadable", file.ErrorCode);
        Assert.Empty(file.Rows);
        Assert.NotNull(file.ReadFailure);
    }

    [Fact]
    public void A_Windows_1258_CSV_is_refused_with_a_message_instead_of_importing_garbled_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var vietnameseWindows = Encoding.GetEncoding(1258);
        using var csv = new MemoryStream(vietnameseWindows.GetBytes("Họ và tên,Email,Mã đơn vị,Vai trò\r\nTrần Văn Hải,hai@z121.demo,PKH,Staff"));

        Assert.Equal("import.file.encoding", StaffFileParser.Parse(csv, "staff.csv").ErrorCode);
    }

    [Theory]
    [InlineData("\u0430dmin@z121.demo")] // Cyrillic а
    [InlineData("nguy\u1EC5n@z121.demo")] // Vietnamese ễ
    public void An_email_outside_Identity_s_user_name_characters_is_a_row_error(string email)
    {
        var result = new StaffRowValidator().Validate(new StaffRow(2, "Lê Giả", email, "", "PKH", "Admin"));

        Assert.Contains(result.Errors, e => e.ErrorCode == "user.email.characters");
    }
}
