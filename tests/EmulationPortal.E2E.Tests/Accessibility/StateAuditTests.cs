using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Accessibility;

/// <summary>
/// The states a page reaches after a click, which the page audit does not see: dialogs open and forms refused with
/// their field errors. Axe finds no serious or critical violation in any, and no MudBlazor text is left in English.
/// Nothing here saves: dialogs are cancelled, and refused forms write nothing.
/// </summary>
public sealed class StateAuditTests(PortalBrowser browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_return_dialog_and_the_progress_dialog_are_accessible() =>
        await AuditAsync(DemoAccounts.Workshop1Leader.Email,
            ("/pledges/review", "the return dialog", page => OpenDialogAsync(page, "^Trả lại đăng ký của ")),
            ("/units/progress?campaign=1", "the progress dialog", page => OpenDialogAsync(page, "^Báo cáo tiến độ: ")));

    [Fact]
    public async Task Refused_admin_forms_and_an_open_edit_panel_are_accessible() =>
        await AuditAsync(DemoAccounts.Admin.Email,
            ("/admin/users", "the new account refused", async page =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
                await Assertions.Expect(page.Locator(".mud-input-error").First).ToBeVisibleAsync(Patient);
            }),
            ("/campaigns/new", "the new drive refused", async page =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
                await Assertions.Expect(page.Locator(".mud-input-error").First).ToBeVisibleAsync(Patient);
            }),
            ("/admin/units", "the unit edit panel", async page =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Sửa PX1-T2" }).ClickAsync();
                await Assertions.Expect(page.GetByLabel("Tên đơn vị")).ToBeVisibleAsync(Patient);
            }));

    private static async Task OpenDialogAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(button) }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync(Patient);
    }

    private async Task AuditAsync(string email, params (string Path, string State, Func<IPage, Task> Reach)[] states)
    {
        var page = await browser.SignedInPageAsync(email);
        var found = new List<string>();
        foreach (var (path, state, reach) in states)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await reach(page);
            found.AddRange(await PageAuditTests.SeriousViolationsAsync(page, $"{path} ({state})"));
            found.AddRange((await EnglishLeftovers.OnAsync(page)).Select(text => $"{path} ({state}): English text \"{text}\""));
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
