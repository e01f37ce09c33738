using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Reviews;

/// <summary>The demo's 2021 review round as each role sees it: verdicts with their reasons, quotas and the over-quota warning.</summary>
public sealed class ReviewJourneyTests(PortalBrowser browser)
{
    private const string DemoRound = "/reviews/1";

    /// <summary>A round's first render assesses every person in scope; on a loaded machine that outlasts the default 5 s.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_leader_nominating_sees_the_quota_and_the_over_quota_warning()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop1Leader.Email);

        await page.GotoAsync(DemoRound + "/unit");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đề nghị của đơn vị" })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "vượt chỉ tiêu" }).First).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Đề nghị ") }).First).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(page, "review-unit-nominations");
    }

    [Fact]
    public async Task The_political_department_sees_every_person_and_collective_of_the_round()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email);

        await page.GotoAsync(DemoRound);

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Cá nhân \(\d+\)") })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Tập thể \(\d+\)") })).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(page, "review-round");
    }

    [Fact]
    public async Task A_worker_finds_the_round_and_sees_only_their_own_verdict()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Workshop1Staff.Email);

        await page.GotoAsync("/reviews");
        await page.GetByRole(AriaRole.Link).Filter(new() { HasText = "2021" }).First.ClickAsync();
        await page.WaitForURLAsync("**" + DemoRound);

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Cá nhân (1)" })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByText(DemoAccounts.Workshop1Staff.FullName).First).ToBeVisibleAsync(Slow);
        await Screenshots.TakeAsync(page, "review-staff");
    }
}
