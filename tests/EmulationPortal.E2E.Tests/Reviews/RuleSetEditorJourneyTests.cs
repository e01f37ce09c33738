using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Reviews;

/// <summary>An admin corrects today's rule set, typing a number the Vietnamese way; the demo's rounds use the 2018 set, which stays as it was.</summary>
public sealed class RuleSetEditorJourneyTests(PortalBrowser browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task An_admin_corrects_the_base_salary_of_todays_rule_set_typed_with_vietnamese_digit_grouping()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.Admin.Email);
        await page.GotoAsync("/admin/rulesets");
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = SeededRuleBooks.CurrentCode }).ClickAsync();
        await page.WaitForURLAsync("**/admin/rulesets/*");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        var salary = page.GetByLabel("Lương cơ sở", new() { Exact = true });
        await Assertions.Expect(salary).ToHaveValueAsync("2.340.000", new() { Timeout = 20_000 });
        await salary.FillAsync("2.530.000");
        await salary.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu bộ quy định." })).ToBeVisibleAsync(Slow);
        await Assertions.Expect(page.GetByLabel("Lương cơ sở", new() { Exact = true })).ToHaveValueAsync("2.530.000");
        await Screenshots.TakeAsync(page, "admin-rule-set");
    }
}
