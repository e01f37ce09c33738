using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>
/// The verdicts of the demo's 2021 round (army rules of Circular 151/2018) against a table worked out by hand from the
/// seeded facts: P pass, F fail, U unknown; per person LĐTT/CSTT, CSTĐCS, CSTĐ toàn quân; per unit ĐVTT, ĐVQT.
/// </summary>
public class DemoVerdictTableTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private ReviewRoundDetail _detail = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        var officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
        _detail = (await _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(officer, await DemoReviewFixture.RoundIdAsync(_database, Ct), Ct))!;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("PX1.CNV01", "PPF")] // good + base initiative SK-2021-014
    [InlineData("PX1.CNV02", "PFF")] // excellent, but the 2018 circular requires an initiative
    [InlineData("PX1.CNV03", "UUF")] // no rating entered; has an initiative
    [InlineData("PX1.CNV04", "FFF")] // rated "completed"
    [InlineData("PX1.CNV05", "FFF")] // warning in 2021
    [InlineData("PX1.CNV06", "FFF")] // case pending
    [InlineData("PX1.CNV07", "PFF")] // reprimand only, no initiative
    [InlineData("PX1.CNV08", "PPP")] // chain 2019-2020, base initiative for CSTĐCS, ministry-wide for toàn quân
    [InlineData("PX1.CNV09", "PPF")] // its only ministry-wide initiative supports the CSTĐCS
    [InlineData("PX1.CNV10", "PFF")] // its initiative already supported the 2020 CSTĐCS
    [InlineData("PX1.CNV11", "PPF")] // chain broken in 2019
    [InlineData("PX1.CNV12", "PPF")] // 2019 was ad hoc
    [InlineData("PX1.CNV13", "PPF")]
    [InlineData("PX1.CNV14", "PFF")]
    [InlineData("PX1.CNV36", "PPF")]
    [InlineData("PX1.CNV37", "PFF")]
    [InlineData("PX1.TRUONG", "PFF")]
    [InlineData("PX2.CNV01", "PPF")]
    [InlineData("PX2.CNV60", "UFF")] // unrated, and no initiative: fails CSTĐCS whatever the rating
    [InlineData("PX3.CNV01", "FFF")]
    [InlineData("PX3.CNV40", "PFF")]
    [InlineData("PX4.CNV01", "PFF")]
    [InlineData("PKT.CNV01", "PFF")]
    [InlineData("CHINHTRI", "PFF")]
    public void A_persons_verdicts_match_the_hand_computed_table(string staffCode, string expected)
    {
        var person = _detail.People.Single(p => p.StaffCode == staffCode);

        Assert.Equal(expected, Code(person.Verdicts, AwardTitle.AdvancedWorker, AwardTitle.GrassrootsFighter, AwardTitle.MinistryFighter));
    }

    [Theory]
    [InlineData("PX1-T1", "FF")] // 31 of 35 advanced, but one member warned
    [InlineData("PX1-T2", "PP")] // all good, excellent team, one fighter
    [InlineData("PX1", "FF")]
    [InlineData("PX2-T2", "UF")] // 15 of 40 rated: more than half only if the unrated turn out good; no fighter
    [InlineData("PX2", "PU")] // 56 of 81 advanced; 70 % and "all completed" wait on 25 ratings
    [InlineData("PX3-T1", "FF")] // nobody above "completed"
    [InlineData("PX3", "FF")] // 30 of 61 is not more than half
    [InlineData("PX4", "PF")] // the workshop itself was rated only good
    [InlineData("PKT", "PF")] // no fighter
    [InlineData("PCT", "PF")]
    public void A_collectives_verdicts_match_the_hand_computed_table(string code, string expected)
    {
        var unit = _detail.Collectives.Single(c => c.Code == code);

        Assert.Equal(expected, Code(unit.Verdicts, AwardTitle.AdvancedCollective, AwardTitle.ExcellentCollective));
    }

    [Fact]
    public void PX1_has_a_fighter_quota_of_four_and_its_fifth_nomination_is_flagged_not_cut()
    {
        var px1 = _detail.Quotas.Single(q => q.Unit.StartsWith("Phân xưởng 1", StringComparison.Ordinal)).Quotas;
        var fighters = _detail.Nominations.Where(n => n.Title == AwardTitle.GrassrootsFighter).ToList();

        Assert.Equal((49, 4, 5), (px1.Single(q => q.Title == AwardTitle.AdvancedWorker).Limit, px1.Single(q => q.Title == AwardTitle.GrassrootsFighter).Limit,
            px1.Single(q => q.Title == AwardTitle.GrassrootsFighter).Nominated));
        Assert.Equal(5, fighters.Count);
        Assert.Equal([false, false, false, false, true], fighters.Select(n => n.OverQuota));
    }

    [Fact]
    public void A_verdict_explains_itself_with_reasons_and_the_clauses_it_applied()
    {
        var person = _detail.People.Single(p => p.StaffCode == "PX1.CNV09");
        var ministry = person.Verdicts.Single(v => v.Title == AwardTitle.MinistryFighter);

        Assert.Equal(["prerequisite.pass", "chain.enough", "initiative.supportsOtherAward"], ministry.Checks.Select(c => c.Reason));
        Assert.Equal("SK-2021-040", ministry.Checks[2].Args[0]);
        Assert.All(ministry.Checks, c => Assert.Equal("Thông tư 151/2018/TT-BQP", c.Clause.Citation));
    }

    [Fact]
    public void Evidence_includes_the_persons_pledge_in_the_years_drive_with_its_measured_completion()
    {
        var withProgress = _detail.People.Where(p => p.Pledges.Any(f => f.Completion is { Reported: > 0 })).ToList();

        Assert.NotEmpty(withProgress);
        Assert.All(withProgress.SelectMany(p => p.Pledges), f => Assert.Equal("Đợt thi đua cao điểm “Lập công dâng Đảng”", f.Drive));
        Assert.Contains("đã thực hiện", withProgress[0].SuggestedSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggested_summary_names_a_drive_that_quotes_its_theme_without_doubling_the_quotes() =>
        Assert.All(_detail.People.Where(p => p.Pledges.Any(f => f.Status == PledgeStatus.Accepted)), p =>
        {
            Assert.Contains("Đăng ký thi đua Đợt thi đua cao điểm “Lập công dâng Đảng” được duyệt", p.SuggestedSummary, StringComparison.Ordinal);
            Assert.DoesNotContain("””", p.SuggestedSummary, StringComparison.Ordinal);
        });

    private static string Code(IReadOnlyList<Verdict> verdicts, params AwardTitle[] titles) =>
        string.Concat(titles.Select(t => verdicts.Single(v => v.Title == t).Outcome switch { RuleOutcome.Pass => 'P', RuleOutcome.Fail => 'F', _ => 'U' }));
}
