using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Accessibility;

/// <summary>
/// The main pages on a 390×844 phone: nothing is wider than the screen (wide tables scroll inside their own box), the
/// app bar keeps the language switch and the sign-out on screen, and the page heading fits in a few lines.
/// </summary>
public sealed class PhoneLayoutTests(PortalBrowser browser)
{
    private const int Width = 390;

    public static TheoryData<string, string[]> PagesByRole => new()
    {
        { DemoAccounts.Workshop2Staff.Email, ["/", "/campaigns", "/campaigns/1", "/campaigns/1/pledge", "/pledges", "/awards"] },
        { DemoAccounts.Workshop1Leader.Email, ["/", "/pledges/review", "/units/progress", "/dashboard/1"] },
        { DemoAccounts.PoliticalOfficer.Email, ["/recognitions", "/decisions"] },
        { DemoAccounts.Admin.Email, ["/admin/users", "/admin/users/import", "/admin/audit", "/admin/units"] },
    };

    /// <summary>The pages shown in the guides as seen on a phone (the screen as it is, not the whole page).</summary>
    private static readonly Dictionary<string, string> Shots = new()
    {
        ["/campaigns/1/pledge"] = "phone-pledge",
        ["/pledges/review"] = "phone-review",
        ["/dashboard/1"] = "phone-dashboard",
        ["/recognitions"] = "phone-recognitions",
        ["/admin/users"] = "phone-users",
    };

    [Theory]
    [MemberData(nameof(PagesByRole))]
    public async Task Main_pages_fit_a_phone_screen_with_the_app_bar_in_one_line(string email, string[] paths)
    {
        var page = await browser.SignedInPageAsync(email, width: Width, height: 844);
        var found = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > Width)
            {
                found.Add($"{path}: the page is {scrollWidth}px wide");
            }

            foreach (var control in new[] { page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }), page.GetByRole(AriaRole.Link, new() { Name = "English (EN)" }) })
            {
                var box = await control.BoundingBoxAsync();
                if (box is null || box.X + box.Width > Width || box.Y + box.Height > 64)
                {
                    found.Add($"{path}: {control} is not in the app bar's one line");
                }
            }

            var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.BoundingBoxAsync();
            if (heading is { Height: > 130 })
            {
                found.Add($"{path}: the heading takes {heading.Height}px");
            }

            if (Shots.TryGetValue(path, out var shot))
            {
                await Screenshots.TakeAsync(page, shot, fullPage: false);
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
