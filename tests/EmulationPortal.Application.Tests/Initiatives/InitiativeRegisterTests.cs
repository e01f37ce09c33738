using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Initiatives;
using EmulationPortal.Application.Tests.Reviews;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Tests.Initiatives;

/// <summary>The demo register (16 initiatives of Z121 in every state) as each role sees it.</summary>
public class InitiativeRegisterTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<List<string>> TitlesAsync(TestUser user, InitiativeRegisterQuery.Filter filter) =>
        (await _database.Get<InitiativeRegisterQuery>().ExecuteAsync(user, filter, Ct)).Select(r => r.Title).ToList();

    [Fact]
    public async Task The_political_department_sees_every_state_and_staff_only_their_own()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var staff = await DemoReviewFixture.UserAsync(_database, "px2.cnv01", Roles.Staff, Ct);
        var all = await _database.Get<InitiativeRegisterQuery>().ExecuteAsync(officer, new(), Ct);

        Assert.Equal(16, all.Count);
        Assert.Equal(Enum.GetValues<InitiativeState>().Order(), all.Select(r => r.State).Distinct().Order());
        Assert.Equal(["Khuôn ép vỏ pháo hoa nhiều ngăn", "Phối liệu pháo hoa giảm khói"], (await TitlesAsync(staff, new())).Order());
    }

    [Fact]
    public async Task A_leader_sees_the_subtree_and_a_council_member_what_the_council_judges_but_no_drafts()
    {
        var leader = await DemoReviewFixture.UserAsync(_database, "px2.truong", Roles.UnitLeader, Ct);
        var member = await DemoReviewFixture.UserAsync(_database, "pkt.cnv01", Roles.Staff, Ct);

        Assert.Equal(3, (await TitlesAsync(leader, new())).Count);
        var judged = await _database.Get<InitiativeRegisterQuery>().ExecuteAsync(member, new(), Ct);
        Assert.Equal(14, judged.Count);
        Assert.DoesNotContain(judged, r => r.State == InitiativeState.Draft);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_filters_narrow_by_unit_year_state_and_scope()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var px1 = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);

        Assert.Equal(["Cải tiến đồ gá lắp ngòi nổ, giảm thời gian lắp 15 %"], await TitlesAsync(officer, new(Search: "DO GA lap")));
        Assert.Equal(["Cải tiến băng tải phân xưởng 1"], await TitlesAsync(officer, new(Search: "sk-2020")));
        Assert.Equal(10, (await TitlesAsync(officer, new(UnitId: px1.OrgUnitId))).Count);
        Assert.Equal(2, (await TitlesAsync(officer, new(Scope: InitiativeScope.Ministry))).Count);
        Assert.Equal(["Cải tiến băng tải phân xưởng 1"], await TitlesAsync(officer, new(Year: 2020, State: InitiativeState.Consumed)));
        Assert.Equal(5, (await TitlesAsync(officer, new(Year: 2021))).Count);
    }

    [Fact]
    public async Task The_register_exports_as_a_sheet_with_formula_like_text_defused()
    {
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        var rows = await _database.Get<InitiativeRegisterQuery>().ExecuteAsync(officer, new(), Ct);
        var hostile = rows[0] with { Title = "=HYPERLINK(\"http://x\")" };
        using var stream = new MemoryStream();

        InitiativeWorkbook.Write(stream, [hostile, .. rows.Skip(1)], key => key);

        stream.Position = 0;
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(16, sheet.Count);
        Assert.StartsWith("'", (string)sheet[0]["Initiative.Sheet.Title"]!, StringComparison.Ordinal);
    }
}
