using System.Net;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Users.Import;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationPortal.Web.Tests.Admin;

/// <summary>The import page's template file over HTTP: in the admin's language, read back by the import as it is.</summary>
public class ImportTemplateTests(ImportTemplateTests.Host host) : IClassFixture<ImportTemplateTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedIn(string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, ct: Ct);
        return client;
    }

    [Theory]
    [InlineData("", "Họ và tên,Email,Mã nhân viên,Mã đơn vị,Vai trò", "mau-nhap-can-bo.csv")]
    [InlineData("?culture=en-US&ui-culture=en-US", "Full name,Email,Staff code,Unit code,Role", "staff-import-template.csv")]
    public async Task The_template_holds_the_headers_in_the_admins_language_and_the_import_reads_them(string query, string headers, string fileName)
    {
        var client = await SignedIn(DemoAccounts.Admin.Email);

        var response = await client.GetAsync(new Uri("/admin/users/import/template.csv" + query, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // Excel opens UTF-8 with a byte-order mark right
        Assert.Equal(headers, System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd());
        var row = "Lê Văn Mẫu,mau@z121.demo,,PX3-T1,Staff\r\n"u8.ToArray();
        var file = StaffFileParser.Parse(new MemoryStream([.. bytes, .. row]), fileName);
        Assert.Null(file.ErrorCode);
        Assert.Equal(new StaffRow(2, "Lê Văn Mẫu", "mau@z121.demo", "", "PX3-T1", "Staff"), Assert.Single(file.Rows));
    }

    [Fact]
    public async Task Only_an_admin_gets_the_template()
    {
        var client = await SignedIn(DemoAccounts.Workshop1Leader.Email);

        var response = await client.GetAsync(new Uri("/admin/users/import/template.csv", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
