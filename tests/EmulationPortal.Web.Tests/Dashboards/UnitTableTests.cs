using Bunit;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Units;
using EmulationPortal.Web.Features.Dashboards;

namespace EmulationPortal.Web.Tests.Dashboards;

/// <summary>The dashboard's units table as a compact heat-map (issue 19): coloured cells with the number and the band in words, drill-down links, paging.</summary>
public class UnitTableTests : PortalComponentTest
{
    public UnitTableTests() => UseInteractiveRenderer();

    private static readonly CriterionFigure[] Criteria =
    [
        new(11, "Sản lượng sản phẩm quốc phòng hoàn thành đúng tiến độ", "quả", Direction.HigherIsBetter, 2, null),
        new(12, "Sự cố an toàn lao động", "vụ", Direction.LowerIsBetter, 1, null),
    ];

    private static UnitFigure Unit(int id, string name, int? parent, int depth, params TargetCell[] cells) =>
        new(id, $"U{id}", name, OrgUnitKind.Workshop, parent, depth, 10, 6, cells, null, false);

    private static CampaignDashboard Dashboard(IReadOnlyList<UnitFigure> units, DashboardFocus? focus = null) =>
        new(7, "Đợt thử", new(2021, 1, 1), new(2021, 1, 31), null, new(2021, 1, 16), 15, 0.5, 10, 6,
            Enum.GetValues<PledgeStatus>().ToDictionary(s => s, _ => 0), 0, null, Criteria, units, [], new ProgressHistory([], []))
        { Focus = focus };

    private IRenderedComponent<UnitTable> RenderTable(CampaignDashboard dashboard) =>
        Render<UnitTable>(p => p.Add(t => t.Dashboard, dashboard));

    [Fact]
    public void A_row_shows_each_criterion_as_a_coloured_cell_with_its_percent_and_its_band_in_words()
    {
        var table = RenderTable(Dashboard([Unit(1, "Phân xưởng 1", null, 0, new(11, 100, 120, 1.2), new(12, 10, 8, 0.3))]));

        var cells = table.FindAll("td.heat-cell");
        Assert.Equal(2, cells.Count);
        Assert.Contains("120", cells[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("đạt chỉ tiêu", cells[0].QuerySelector(".visually-hidden")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(HeatColours.Backgrounds["band-met"], cells[0].GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("30", cells[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("chậm", cells[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(HeatColours.Backgrounds["band-behind"], cells[1].GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("Báo cáo 8 / chỉ tiêu 10", cells[1].GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Criterion_headers_stay_on_one_line_with_the_whole_name_kept()
    {
        var table = RenderTable(Dashboard([Unit(1, "Phân xưởng 1", null, 0, new(11, 100, 50, 0.5), new(12, null, null, null))]));

        var header = table.FindAll("th.criterion-col")[0];
        Assert.Equal(Criteria[0].Name, header.TextContent.Trim());
        Assert.StartsWith(Criteria[0].Name, header.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_with_no_report_says_not_reported_once_across_its_criteria()
    {
        var table = RenderTable(Dashboard([Unit(1, "Phân xưởng 1", null, 0, new(11, 100, null, null), new(12, 10, null, null))]));

        var cell = table.Find("td.heat-cell");
        Assert.Equal("Chưa báo cáo", cell.TextContent.Trim());
        Assert.Equal("2", cell.GetAttribute("colspan"));
        Assert.Single(table.FindAll("td.heat-cell"));
    }

    [Fact]
    public void Unit_names_link_to_their_own_dashboard_except_the_unit_drilled_into()
    {
        var focus = new DashboardFocus(1, "U1", "Phân xưởng 1", []);
        var table = RenderTable(Dashboard([Unit(1, "Phân xưởng 1", null, 0), Unit(2, "Tổ 1", 1, 1)], focus));

        var links = table.FindAll("th.unit-col a");
        Assert.Single(links);
        Assert.Equal("/dashboard/7/units/2", links[0].GetAttribute("href"));
        Assert.Equal("Tổ 1", links[0].TextContent);
    }

    [Fact]
    public void Two_thousand_units_are_shown_a_page_at_a_time()
    {
        var units = Enumerable.Range(1, 2000).Select(i => Unit(i, $"Tổ {i:0000}", null, 0)).ToList();

        var table = RenderTable(Dashboard(units));

        Assert.Equal(UnitTable.PageSize, table.FindAll("tbody tr").Count);
        Assert.Contains("Đơn vị 1–50 trong tổng số 2000", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filter_finds_a_unit_typed_without_diacritics_on_any_page()
    {
        var units = Enumerable.Range(1, 120).Select(i => Unit(i, i == 117 ? "Phân xưởng Cơ điện" : $"Tổ {i}", null, 0)).ToList();
        var table = RenderTable(Dashboard(units));

        table.Find("input").Input("co dien");

        var rows = table.FindAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Phân xưởng Cơ điện", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("band-met")]
    [InlineData("band-pace")]
    [InlineData("band-behind")]
    [InlineData("band-none")]
    public void Every_band_colour_keeps_the_number_readable_at_4_5_to_1(string band) =>
        Assert.True(HeatColours.Contrast(HeatColours.Backgrounds[band], HeatColours.Text) >= 4.5);

    [Fact]
    public void The_contrast_formula_matches_WCAG_s_extremes()
    {
        Assert.Equal(21, HeatColours.Contrast("#FFFFFF", "#000000"), 3);
        Assert.Equal(1, HeatColours.Contrast("#777777", "#777777"), 3);
    }
}
