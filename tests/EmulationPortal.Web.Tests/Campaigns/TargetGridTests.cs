using Bunit;
using EmulationPortal.Application.Targets;
using EmulationPortal.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Tests.Campaigns;

/// <summary>The admin's per-unit target grid on the demo drive: typed values are checked, kept, and never overwrite another admin's save.</summary>
public class TargetGridTests : PortalPageTest
{
    private const string Px1Fireworks = "Chỉ tiêu Sản lượng pháo hoa của PX1";

    protected override void RegisterPageServices()
    {
        Forward<TargetGridQuery>();
        Forward<SaveTargetGrid>();
    }

    private IRenderedComponent<TargetGrid> RenderGrid() => Render<TargetGrid>(p => p.Add(g => g.Id, 1));

    private Task<double?> StoredPx1FireworksAsync()
    {
        using var db = Database.NewContext();
        return db.UnitTargets
            .Where(t => t.CampaignId == 1 && db.OrgUnits.Any(u => u.Id == t.OrgUnitId && u.Code == "PX1")
                && db.Criteria.Any(c => c.Id == t.CriterionId && c.Name == "Sản lượng pháo hoa"))
            .Select(t => (double?)t.TargetValue)
            .SingleOrDefaultAsync(Ct);
    }

    [Fact]
    public async Task A_cell_that_is_not_a_number_is_marked_kept_as_typed_and_nothing_is_saved()
    {
        var before = await StoredPx1FireworksAsync();
        var grid = RenderGrid();
        grid.WaitForElement($"input[aria-label='{Px1Fireworks}']");

        Field(grid, Px1Fireworks).Change("mười nghìn");
        grid.FindAll("button").Single(b => b.TextContent.Contains("Lưu chỉ tiêu", StringComparison.Ordinal)).Click();

        grid.WaitForAssertion(() => Assert.Equal("true", Field(grid, Px1Fireworks).GetAttribute("aria-invalid")));
        Assert.Contains("Không phải là số", Field(grid, Px1Fireworks).ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("mười nghìn", Field(grid, Px1Fireworks).GetAttribute("value"));
        Assert.Equal(before, await StoredPx1FireworksAsync());
    }

    [Fact]
    public async Task The_second_admin_to_save_the_same_grid_is_told_of_the_conflict_and_keeps_their_value()
    {
        var first = RenderGrid();
        var second = RenderGrid();
        first.WaitForElement($"input[aria-label='{Px1Fireworks}']");
        second.WaitForElement($"input[aria-label='{Px1Fireworks}']");

        Field(first, Px1Fireworks).Change("12000");
        first.FindAll("button").Single(b => b.TextContent.Contains("Lưu chỉ tiêu", StringComparison.Ordinal)).Click();
        first.WaitForAssertion(() => Assert.Contains("Đã lưu chỉ tiêu.", first.Markup, StringComparison.Ordinal));

        Field(second, Px1Fireworks).Change("15000");
        second.FindAll("button").Single(b => b.TextContent.Contains("Lưu chỉ tiêu", StringComparison.Ordinal)).Click();

        second.WaitForAssertion(() => Assert.Contains("Người khác vừa lưu thay đổi trên cùng bản ghi.", second.Markup, StringComparison.Ordinal));
        Assert.Equal("15000", Field(second, Px1Fireworks).GetAttribute("value"));
        Assert.Equal(12_000, await StoredPx1FireworksAsync());
    }
}
