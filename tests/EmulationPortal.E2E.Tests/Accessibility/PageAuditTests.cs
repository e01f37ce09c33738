using Deque.AxeCore.Playwright;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Accessibility;

/// <summary>
/// Every page each role reaches, in Chromium: axe-core finds no serious or critical violation, and no MudBlazor text is
/// left in English on the Vietnamese UI. One browser context per role visits its pages in turn, so a role signs in once.
/// </summary>
public sealed class PageAuditTests(PortalBrowser browser)
{
    public static TheoryData<string, string[]> PagesByRole => new()
    {
        { DemoAccounts.Workshop2Staff.Email, ["/", "/campaigns", "/campaigns/1", "/campaigns/1/pledge", "/pledges", "/awards", "/Account/ChangePassword", "/initiatives", "/initiatives/new", "/notifications"] },
        { DemoAccounts.Workshop1Leader.Email, ["/", "/pledges/review", "/units/progress", "/campaigns/1/pledge/unit", "/dashboard/1", "/reviews/records"] },
        { DemoAccounts.PoliticalOfficer.Email, ["/dashboard", "/dashboard/1", "/dashboard/1/print", "/recognitions", "/decisions", "/decisions/1", "/decisions/1/certificates", "/council/members", "/initiatives", "/initiatives/1", "/initiatives/13", "/clusters"] },
        { DemoAccounts.Z121Director.Email, ["/clusters", "/clusters/1"] },
        { DemoAccounts.Admin.Email, ["/admin/units", "/admin/users", "/admin/users/import", "/admin/rulesets", "/admin/rulesets/1", "/admin/audit", "/campaigns/new", "/campaigns/1/edit", "/campaigns/1/targets", "/admin/notifications"] },
    };

    [Theory]
    [MemberData(nameof(PagesByRole))]
    public async Task Pages_have_no_serious_accessibility_violation_and_no_English_component_text(string email, string[] paths)
    {
        var page = await browser.SignedInPageAsync(email);
        var found = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(await SeriousViolationsAsync(page, path));
            found.AddRange((await EnglishLeftovers.OnAsync(page)).Select(text => $"{path}: English text \"{text}\""));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_accessibility_violation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        var found = await SeriousViolationsAsync(page, "/Account/Login");

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>Each serious or critical rule broken on the page, with the elements that break it.</summary>
    internal static async Task<List<string>> SeriousViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}")
            .ToList();
    }
}
