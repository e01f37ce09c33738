using System.Text;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Common;
using EmulationPortal.TestSupport;

namespace EmulationPortal.Domain.Tests.Attachments;

/// <summary>A file is judged by its bytes, its size and a name whose ending agrees with them; its name is kept clean.</summary>
public class AttachmentTests
{
    private const long Limit = 1024 * 1024;
    private static readonly DateTime Now = new(2021, 1, 12, 2, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, FileKind, string> Allowed => new()
    {
        { "pdf", "bien-ban.pdf", FileKind.Pdf, "application/pdf" },
        { "png", "anh.PNG", FileKind.Png, "image/png" },
        { "jpeg", "anh.jpg", FileKind.Jpeg, "image/jpeg" },
        { "jpeg", "anh.jpeg", FileKind.Jpeg, "image/jpeg" },
        { "docx", "bao-cao.docx", FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_allowed_kind_is_kept_with_the_type_its_content_shows_its_size_and_hash(string kind, string name, FileKind expected, string contentType)
    {
        var bytes = Bytes(kind);

        var kept = Attachment.Accept(AttachmentOwner.Initiative, 7, name, bytes, Limit, "u1", Now);

        Assert.Equal((expected, contentType, (long)bytes.Length, name), (kept.Attachment.Kind, kept.Attachment.ContentType, kept.Attachment.SizeBytes, kept.Attachment.FileName));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), kept.Attachment.Sha256);
        Assert.Equal((AttachmentOwner.Initiative, 7, "u1", Now), (kept.Attachment.OwnerKind, kept.Attachment.OwnerId, kept.Attachment.UploadedByUserId, kept.Attachment.UploadedAtUtc));
        Assert.Same(bytes, kept.Bytes);
    }

    [Theory]
    [InlineData("exe", "hoa-don.pdf", "attachment.type")] // a program renamed .pdf
    [InlineData("html", "anh.png", "attachment.type")] // a web page disguised as a picture
    [InlineData("zip", "bao-cao.docx", "attachment.type")] // a ZIP that is not a Word document
    [InlineData("pdf", "bao-cao.docx", "attachment.extension")] // the name's ending disagrees with the content
    [InlineData("png", "anh.jpg", "attachment.extension")]
    [InlineData("docx", "bao-cao.zip", "attachment.extension")]
    [InlineData("pdf", "bien-ban", "attachment.extension")] // no ending at all
    [InlineData("empty", "trong.pdf", "attachment.empty")]
    [InlineData("pdf", "  \u0000\u202E ", "attachment.name.required")]
    public void A_file_whose_content_is_not_kept_or_disagrees_with_its_name_is_refused(string kind, string name, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Attachment.Accept(AttachmentOwner.Nomination, 1, name, Bytes(kind), Limit, "u1", Now));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_one_at_the_limit_kept()
    {
        Assert.Equal("attachment.tooLarge", Assert.Throws<DomainRuleException>(() => Attachment.Accept(AttachmentOwner.Initiative, 1, "lon.pdf", TestFiles.PdfOfSize(1025), 1024, "u1", Now)).Code);
        Assert.Equal(1024, Attachment.Accept(AttachmentOwner.Initiative, 1, "vua.pdf", TestFiles.PdfOfSize(1024), 1024, "u1", Now).Attachment.SizeBytes);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\system32\\bao-cao.pdf", "bao-cao.pdf")]
    [InlineData("C:\\Users\\an\\Desktop\\bien-ban.pdf", "bien-ban.pdf")]
    [InlineData("/var/www/.htaccess.pdf", "htaccess.pdf")]
    [InlineData("bien\u0000ban\u0007\u001B.pdf", "bienban.pdf")]
    [InlineData("\u202Efdp.exe", "fdp.exe")] // the override that shows "exe.pdf" goes
    [InlineData("bien\r\nban\t1.pdf", "bien ban 1.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    public void Names_lose_their_folders_control_characters_and_refused_characters(string uploaded, string kept) =>
        Assert.Equal(kept, AttachmentName.Sanitise(uploaded));

    [Fact]
    public void Vietnamese_names_keep_their_diacritics_composed()
    {
        var name = "Biên bản nghiệm thu sáng kiến – Đồ gá.pdf";

        var kept = Attachment.Accept(AttachmentOwner.Initiative, 1, name.Normalize(NormalizationForm.FormD), TestFiles.Pdf(), Limit, "u1", Now);

        Assert.Equal(name.Normalize(NormalizationForm.FormC), kept.Attachment.FileName);
    }

    [Fact]
    public void A_long_name_is_cut_to_its_limit_keeping_its_ending()
    {
        var kept = AttachmentName.Sanitise(new string('ạ', 500) + ".docx");

        Assert.Equal(AttachmentName.MaxLength, kept.Length);
        Assert.EndsWith("ạ.docx", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Detection_reads_only_the_content()
    {
        Assert.Equal(FileKind.Pdf, FileSignature.Detect(TestFiles.Pdf()));
        Assert.Null(FileSignature.Detect([0x50, 0x4B, 0x03, 0x04, 0x00])); // a broken ZIP is nothing
        Assert.Null(FileSignature.Detect([]));
        Assert.Equal(".pdf,.png,.jpg,.jpeg,.docx", FileKinds.Accept);
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        "pdf" => TestFiles.Pdf(),
        "png" => TestFiles.Png(),
        "jpeg" => TestFiles.Jpeg(),
        "docx" => TestFiles.Docx(),
        "exe" => TestFiles.Exe(),
        "html" => TestFiles.Html(),
        "zip" => TestFiles.NotDocxZip(),
        _ => [],
    };
}
