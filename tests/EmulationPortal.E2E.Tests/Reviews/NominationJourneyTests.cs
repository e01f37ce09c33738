using System.Text;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Reviews;

/// <summary>
/// A nomination's way through the browser: PX2's leader nominates, the political department returns it with a reason,
/// the leader reads the reason and nominates again, the political department accepts. The test's own round (PX2 only,
/// fighters only) leaves the demo's 2021 round as the other journeys expect it.
/// </summary>
public sealed class NominationJourneyTests(PortalBrowser browser)
{
    private const string Leader = "px2.truong@z121.demo";
    private const string Reason = "Bổ sung số liệu sáng kiến SK-2021-070 đã áp dụng.";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_leader_nominates_the_political_department_returns_it_with_a_reason_then_accepts_the_nomination_made_again()
    {
        var (roundId, nominee) = await RoundForPx2Async();
        var leader = await browser.SignedInPageAsync(Leader);
        await NominateAsync(leader, roundId, nominee, "Có sáng kiến SK-2021-070 được công nhận năm 2021.");

        var officer = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);
        await OpenNominationsAsync(officer, roundId);
        await officer.GetByLabel("Lý do trả lại").FillAsync(Reason);
        await officer.GetByRole(AriaRole.Button, new() { Name = $"Trả lại đề nghị {nominee}" }).ClickAsync();
        await Assertions.Expect(officer.GetByText(Reason)).ToBeVisibleAsync(Slow);
        await Assertions.Expect(officer.GetByText("Bị trả lại", new() { Exact = true })).ToBeVisibleAsync(Slow);

        await leader.GotoAsync($"/reviews/{roundId}/unit");
        await PortalBrowser.WaitUntilInteractiveAsync(leader);
        await Assertions.Expect(leader.GetByText(Reason)).ToBeVisibleAsync(Slow);
        await NominateAsync(leader, roundId, nominee, "Có sáng kiến SK-2021-070, áp dụng tại 2 tổ, làm lợi 120 triệu đồng.");

        await OpenNominationsAsync(officer, roundId);
        await Screenshots.TakeAsync(officer, "review-decide-nominations");
        await officer.GetByRole(AriaRole.Button, new() { Name = $"Chấp nhận đề nghị {nominee}" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Đã chấp nhận", new() { Exact = true })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(officer.GetByRole(AriaRole.Button, new() { Name = $"Chấp nhận đề nghị {nominee}" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_leader_previews_a_titles_file_and_sees_the_wrong_row_with_its_error_before_anything_is_saved()
    {
        var file = Path.Combine(Path.GetTempPath(), $"danh-hieu-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, string.Join("\n",
            "Năm,Mã nhân viên,Mã đơn vị,Danh hiệu,Đột xuất,Mã sáng kiến",
            "2019,PX2.CNV01,PX2,CSTĐCS,,",
            "2020,PX2.CNV01,PX2,Chiến sĩ thi đua cơ sở,,",
            "2020,PX1.CNV01,PX1,CSTĐCS,,"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);
        try
        {
            var page = await browser.SignedInPageAsync(Leader);
            await page.GotoAsync("/reviews/records");
            await PortalBrowser.WaitUntilInteractiveAsync(page);
            await page.GetByRole(AriaRole.Radio, new() { Name = "Danh hiệu thi đua các năm trước" }).CheckAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(file);

            await Assertions.Expect(page.GetByText("Đơn vị này không thuộc phạm vi của bạn.")).ToBeVisibleAsync(Slow);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lưu 2 dòng" })).ToBeDisabledAsync();
            await Screenshots.TakeAsync(page, "review-records-preview");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task NominateAsync(IPage leader, int roundId, string nominee, string summary)
    {
        await leader.GotoAsync($"/reviews/{roundId}/unit");
        await PortalBrowser.WaitUntilInteractiveAsync(leader);
        var row = leader.GetByRole(AriaRole.Row).Filter(new() { Has = leader.GetByRole(AriaRole.Button, new() { Name = $"Đề nghị {nominee}" }) });
        await row.GetByLabel("Tóm tắt thành tích").FillAsync(summary);
        await row.GetByRole(AriaRole.Button, new() { Name = $"Đề nghị {nominee}" }).ClickAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(leader.GetByRole(AriaRole.Status).Filter(new() { HasText = nominee })).ToBeVisibleAsync(Slow);
    }

    private static async Task OpenNominationsAsync(IPage officer, int roundId)
    {
        await officer.GotoAsync($"/reviews/{roundId}");
        await PortalBrowser.WaitUntilInteractiveAsync(officer);
        await officer.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Đề nghị \(\d+\)") }).ClickAsync(new() { Timeout = 20_000 });
    }

    /// <summary>An open round for PX2's fighters: its one eligible person is px2.cnv01 (HTXSNV, initiative SK-2021-070).</summary>
    private async Task<(int RoundId, string Nominee)> RoundForPx2Async()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var px2 = await db.OrgUnits.SingleAsync(u => u.Code == "PX2");
        var round = new ReviewRound("Bình xét chiến sĩ thi đua cơ sở – Phân xưởng 2", 2021, px2.Id, ruleSet, new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.GrassrootsFighter]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        var nominee = await db.Users.Where(u => u.Email == "px2.cnv01@z121.demo").Select(u => u.FullName).SingleAsync();
        return (round.Id, nominee);
    }
}
