using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reports;
using EmulationPortal.Application.Tests.Dashboards;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace EmulationPortal.Application.Tests.Reports;

/// <summary>The workbook read back with MiniExcel carries the read model's figures, as numbers and dates.</summary>
public class CampaignWorkbookTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private DashboardScenario _scenario = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        _scenario = await DashboardScenario.BuildAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<(CampaignReport Report, MemoryStream Workbook)> ExportAsync(TestUser user)
    {
        var outcome = await _database.Get<CampaignReportQuery>().ForAsync(user, _scenario.CampaignId, Ct);
        Assert.Equal(OutcomeStatus.Ok, outcome.Status);
        var workbook = new MemoryStream();
        CampaignWorkbook.Write(workbook, outcome.Value!, key => key); // headers are the resource keys
        workbook.Position = 0;
        return (outcome.Value!, workbook);
    }

    private static List<IDictionary<string, object?>> Sheet(Stream workbook, string name)
    {
        workbook.Position = 0;
        return MiniExcel.Query(workbook, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
    }

    private TestUser Officer => new(_scenario.Users["po"].Id, _scenario.Units["F"].Id, Roles.PoliticalOfficer);

    [Fact]
    public async Task The_workbook_has_the_four_sheets_and_the_read_model_s_figures()
    {
        var (report, workbook) = await ExportAsync(Officer);
        var dashboard = report.Dashboard;

        Assert.Equal(["Report.SheetSummary", "Report.SheetUnits", "Report.SheetCriteria", "Report.SheetPledges"], MiniExcel.GetSheetNames(workbook));

        var summary = Sheet(workbook, "Report.SheetSummary").ToDictionary(r => (string)r["Report.Figure"]!, r => r["Report.Value"]);
        Assert.Equal(9d, Convert.ToDouble(summary["Report.Staff"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4d, Convert.ToDouble(summary["Report.Participants"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(dashboard.OverallCompletion!.Value * 100, 1), (double)summary["Report.OverallPercent"]!);
        Assert.Equal("5/10", summary["Report.TargetsReported"]);
        Assert.Equal(Math.Round(4.0 / 9 * 100, 1), (double)summary["Report.ParticipationPercent"]!);
        Assert.Equal(new DateTime(2021, 1, 8), summary["Report.Start"]);

        var units = Sheet(workbook, "Report.SheetUnits");
        Assert.Equal(dashboard.Units.Select(u => u.Code), units.Select(r => (string)r["Report.UnitCode"]!));
        var w2 = units.Single(r => (string)r["Report.UnitCode"]! == "W2");
        Assert.Equal(Math.Round(dashboard.Units.Single(u => u.Code == "W2").Completion!.Value * 100, 1), (double)w2["Report.OverallPercent"]!);
        Assert.Equal(25d, (double)w2["Sự cố (%)"]!);
        var unreported = units.Single(r => (string)r["Report.UnitCode"]! == "W1-T2");
        Assert.Equal((0d, "0/2"), ((double)unreported["Report.OverallPercent"]!, unreported["Report.CriteriaReported"]));
        Assert.Equal("Report.NoTarget", units.Single(r => (string)r["Report.UnitCode"]! == "W3")["Report.OverallPercent"]);

        var criteria = Sheet(workbook, "Report.SheetCriteria");
        Assert.Equal([2d, 1d], criteria.Select(r => (double)r["Report.Weight"]!));
        Assert.Equal((25d, "2/5"), ((double)criteria[1]["Report.CompletionPercent"]!, criteria[1]["Report.UnitsReported"]));

        var pledges = Sheet(workbook, "Report.SheetPledges");
        Assert.Equal(8, pledges.Count); // u7's pledge sits in the inactive unit
        Assert.Equal(new DateTime(2021, 1, 11), pledges.First(r => (string)r["Report.Status"]! == "PledgeStatus.Accepted")["Report.SubmittedOn"]);
    }

    [Fact]
    public async Task A_unit_leader_s_workbook_holds_only_their_subtree()
    {
        var (_, workbook) = await ExportAsync(new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1"].Id, Roles.UnitLeader));

        Assert.Equal(["W1", "W1-T1", "W1-T2"], Sheet(workbook, "Report.SheetUnits").Select(r => (string)r["Report.UnitCode"]!));
        Assert.All(Sheet(workbook, "Report.SheetPledges"), r => Assert.StartsWith("W1", (string)r["Report.UnitCode"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_that_would_start_a_formula_is_written_as_text()
    {
        await using (var db = _database.NewContext())
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == "W3", Ct);
            unit.Rename("=HYPERLINK(\"http://evil.example\",\"W3\")");
            await db.SaveChangesAsync(Ct);
        }

        var (_, workbook) = await ExportAsync(Officer);

        var name = (string)Sheet(workbook, "Report.SheetUnits").Single(r => (string)r["Report.UnitCode"]! == "W3")["Report.Unit"]!;
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"W3\")", name);
        Assert.Equal("'+1", CampaignWorkbook.Safe("+1"));
        Assert.Equal("'-1", CampaignWorkbook.Safe("-1"));
        Assert.Equal("'@SUM(A1)", CampaignWorkbook.Safe("@SUM(A1)"));
        Assert.Equal("Tổ 1", CampaignWorkbook.Safe("Tổ 1"));
    }

    [Fact]
    public async Task Staff_cannot_export()
    {
        var outcome = await _database.Get<CampaignReportQuery>().ForAsync(new TestUser(_scenario.Users["u1"].Id, _scenario.Units["W1-T1"].Id, Roles.Staff), _scenario.CampaignId, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, outcome.Status);
    }
}
