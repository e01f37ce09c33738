using System.Net;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Initiatives;

/// <summary>
/// Initiatives over HTTP by record, beyond the matrix's initiative 1: another unit's draft is refused to staff and to a
/// leader outside its subtree; the register's sheet holds only the rows the account may read; junk filters are ignored.
/// </summary>
public class InitiativeAccessTests(PortalAppFactory host) : IClassFixture<PortalAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync(string? email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            await client.SignInAsync(email, ct: Ct);
        }

        return client;
    }

    private async Task<int> DraftOfPx4Async()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        return await db.Initiatives.Where(i => i.Title == "Đồng hồ báo quá tải cho máy nén khí").Select(i => i.Id).SingleAsync(Ct);
    }

    public static TheoryData<string, HttpStatusCode> DraftReaders => new()
    {
        { DemoAccounts.Workshop1Staff.Email, HttpStatusCode.Forbidden },
        { DemoAccounts.Workshop1Leader.Email, HttpStatusCode.Forbidden },
        { "px4.truong@z121.demo", HttpStatusCode.OK },
        { "px4.cnv01@z121.demo", HttpStatusCode.OK },
        { DemoAccounts.PoliticalOfficer.Email, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(DraftReaders))]
    public async Task Another_units_draft_is_read_by_its_author_its_leader_and_the_political_department_only(string email, HttpStatusCode expected)
    {
        var client = await ClientAsync(email);

        var response = await client.GetAsync(new Uri($"/initiatives/{await DraftOfPx4Async()}", UriKind.Relative), Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Only_an_author_opens_a_drafts_form()
    {
        var id = await DraftOfPx4Async();

        var author = await (await ClientAsync("px4.cnv01@z121.demo")).GetAsync(new Uri($"/initiatives/{id}/edit", UriKind.Relative), Ct);
        var leader = await (await ClientAsync("px4.truong@z121.demo")).GetAsync(new Uri($"/initiatives/{id}/edit", UriKind.Relative), Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (author.StatusCode, leader.StatusCode));
    }

    [Fact]
    public async Task The_register_sheet_holds_only_the_accounts_rows_and_ignores_junk_filters()
    {
        var staff = await ClientAsync(DemoAccounts.Workshop2Staff.Email);
        var officer = await ClientAsync(DemoAccounts.PoliticalOfficer.Email);

        var own = await SheetRowsAsync(staff, "/initiatives/register.xlsx?state=%3Cscript%3E&unit=abc&year=99999&scope=-1&search=" + new string('x', 500));
        var all = await SheetRowsAsync(officer, "/initiatives/register.xlsx?search=phao%20hoa");

        Assert.Equal(2, own.Count);
        Assert.Equal(["Khuôn ép vỏ pháo hoa nhiều ngăn", "Phối liệu pháo hoa giảm khói"], all.Order());
    }

    private static async Task<List<string>> SheetRowsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var sheet = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        return MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => (string)r["Tên sáng kiến"]!).ToList();
    }
}
