using Bunit;
using EmulationPortal.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Tests.Admin;

/// <summary>
/// Issue 10: the headcount field read "1.500" the invariant way (one and a half) on a Vietnamese page; it now reads
/// it as the portal's other number inputs do, and the table shows the one headcount figure (the unit and those below).
/// </summary>
public class UnitsPageNumberTests : UnitsPageTest
{
    private const string OwnHeadcount = "Quân số trực thuộc (không kể đơn vị cấp dưới)";

    private IRenderedComponent<UnitsPage> EditPage(string code) => EditPage(code, OwnHeadcount);

    private async Task<int> StoredAsync(string code)
    {
        await using var db = Database.NewContext();
        return await db.OrgUnits.Where(u => u.Code == code).Select(u => u.Headcount).SingleAsync(Ct);
    }

    [Fact]
    public async Task A_vietnamese_grouped_headcount_is_stored_as_thousands()
    {
        var page = EditPage("PX1-T2");

        Field(page, OwnHeadcount).Change("1.500");
        Save(page);

        page.WaitForAssertion(() => Assert.Equal(1500, StoredAsync("PX1-T2").GetAwaiter().GetResult()), Slow);
        page.WaitForAssertion(() => Assert.Contains("1.541", page.Find("table").TextContent, StringComparison.Ordinal), Slow); // PX1: 3 + 38 + 1,500
    }

    [Fact]
    public async Task An_ambiguous_headcount_is_refused_beside_the_field_and_the_text_kept()
    {
        var page = EditPage("PX1-T2");

        Field(page, OwnHeadcount).Change("1.5");
        Save(page);

        page.WaitForAssertion(() => Assert.Contains("Số chưa rõ nghĩa", Field(page, OwnHeadcount).Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal), Slow);
        Assert.Equal("1.5", Field(page, OwnHeadcount).GetAttribute("value"));
        Assert.Equal(36, await StoredAsync("PX1-T2"));
    }

    [Fact]
    public void The_table_shows_each_units_headcount_with_the_units_below_and_the_form_its_own_people()
    {
        var page = EditPage("PX1");

        var row = page.FindAll("tr").Single(r => r.TextContent.Contains("Phân xưởng 1 – Đạn dược", StringComparison.Ordinal));
        Assert.Contains("77", row.TextContent, StringComparison.Ordinal); // 3 + 38 + 36
        Assert.Equal("3", Field(page, OwnHeadcount).GetAttribute("value"));
    }
}
