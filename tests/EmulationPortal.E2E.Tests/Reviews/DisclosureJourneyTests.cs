using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Reviews;

/// <summary>
/// The proposed list published in the browser (the demo clock is Tuesday 12/1/2021): the political department publishes
/// it for five working days, a worker of the scope flags a wrong fact, the political department reads it. The test's own
/// round (PX3) leaves the demo's 2021 round as the other journeys expect it.
/// </summary>
public sealed class DisclosureJourneyTests(PortalBrowser browser)
{
    private const string Worker = "px3.cnv40@z121.demo";
    private const string Flag = "Người được đề nghị chuyển về tổ từ tháng 6, số liệu quý I là của tổ khác.";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_political_department_publishes_the_list_for_five_working_days_and_reads_a_workers_wrong_fact_flag()
    {
        var (roundId, nominee) = await RoundWithNominationAsync();
        var officer = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);
        await OpenDisclosureAsync(officer, roundId);
        var from = officer.GetByLabel("Ngày bắt đầu công khai", new() { Exact = true });
        await from.FillAsync("11/01/2021");
        await from.PressAsync("Tab");
        var days = officer.GetByLabel("Số ngày làm việc", new() { Exact = true });
        await days.FillAsync("5");
        await days.PressAsync("Tab");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Công khai", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByText("từ 11/01/2021 đến 15/01/2021 (5 ngày làm việc", new() { Exact = false })).ToBeVisibleAsync(Slow);

        var worker = await browser.SignedInPageAsync(Worker);
        await OpenDisclosureAsync(worker, roundId);
        await worker.GetByLabel("Đề nghị được góp ý").ClickAsync();
        await worker.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + nominee) }).ClickAsync();
        await worker.GetByLabel("Phản ánh thông tin sai").CheckAsync();
        await worker.GetByLabel("Ý kiến", new() { Exact = true }).FillAsync(Flag);
        await worker.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        await Assertions.Expect(worker.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã gửi ý kiến" })).ToBeVisibleAsync(Slow);

        await OpenDisclosureAsync(officer, roundId);
        await Assertions.Expect(officer.GetByText(Flag)).ToBeVisibleAsync(Slow);
        await Assertions.Expect(officer.GetByText("Thông tin sai", new() { Exact = true })).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(officer, "review-disclosure");
    }

    private static async Task OpenDisclosureAsync(IPage page, int roundId)
    {
        await page.GotoAsync($"/reviews/{roundId}");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Công khai", Exact = true }).ClickAsync(new() { Timeout = 20_000 });
    }

    /// <summary>An open round for PX3's advanced workers with one nomination, px3.cnv45, made by PX3's leader.</summary>
    private async Task<(int RoundId, string Nominee)> RoundWithNominationAsync()
    {
        await using var db = await browser.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var px3 = await db.OrgUnits.SingleAsync(u => u.Code == "PX3");
        var round = new ReviewRound("Bình xét chiến sĩ tiên tiến – Phân xưởng 3", 2021, px3.Id, ruleSet, new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.AdvancedWorker]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        var person = await db.Users.SingleAsync(u => u.Email == "px3.cnv45@z121.demo");
        var leader = await db.Users.SingleAsync(u => u.Email == "px3.truong@z121.demo");
        db.Nominations.Add(Nomination.OfPerson(round, AwardTitle.AdvancedWorker, px3.Id, person.OrgUnitId, person.Id, "Hoàn thành tốt nhiệm vụ năm 2021.", leader.Id, new DateTime(2021, 1, 11, 2, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();
        return (round.Id, person.FullName);
    }
}
