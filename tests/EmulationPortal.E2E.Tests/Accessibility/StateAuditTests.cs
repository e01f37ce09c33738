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

    /// <summary>
    /// The worker's accepted pledge with every criterion left out and sent as an amendment: refused with the error summary.
    /// An accepted pledge does not autosave, so nothing is stored. And the recognitions page's person picker, open.
    /// </summary>
    [Fact]
    public async Task The_refused_pledge_form_and_the_open_person_picker_are_accessible()
    {
        await AuditAsync(DemoAccounts.Workshop2Staff.Email,
            ("/campaigns/1/pledge", "the amendment refused with its error summary", async page =>
            {
                await PortalBrowser.WaitUntilInteractiveAsync(page);
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi điều chỉnh" })).ToBeVisibleAsync(Patient);
                var ticked = page.GetByRole(AriaRole.Checkbox, new() { Name = "Đăng ký nội dung này", Checked = true });
                for (var left = await ticked.CountAsync(); left > 0; left--)
                {
                    await ticked.First.UncheckAsync();
                    await Assertions.Expect(ticked).ToHaveCountAsync(left - 1, new() { Timeout = Patient.Timeout });
                }

                await page.GetByRole(AriaRole.Button, new() { Name = "Gửi điều chỉnh" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Chưa gửi được." })).ToBeVisibleAsync(Patient);
            }));
        await AuditAsync(DemoAccounts.PoliticalOfficer.Email,
            ("/recognitions?campaign=1", "the person picker open", async page =>
            {
                await PortalBrowser.WaitUntilInteractiveAsync(page);
                await page.GetByLabel("Cá nhân (tìm theo tên)").FillAsync("nguyen");
                await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync(Patient);
            }));
    }

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
