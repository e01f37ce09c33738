using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Recognitions;

/// <summary>
/// The political officer finds a person to recognise by typing their name without diacritics; choosing them fills in their
/// unit. Nothing is saved, so the demo data stays as it was for the other journeys.
/// </summary>
public sealed class RecognitionPickerJourneyTests(PortalBrowser browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_person_is_found_by_a_name_typed_without_diacritics_and_brings_their_unit()
    {
        var page = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email, height: 900);
        await page.GotoAsync("/recognitions?campaign=1");
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        var picker = page.GetByLabel("Cá nhân (tìm theo tên)");
        await Assertions.Expect(picker).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.GetByText("0", new() { Exact = true })).ToHaveCountAsync(0); // an empty unit box is empty

        await picker.FillAsync("nguyen van an");
        var option = page.GetByRole(AriaRole.Option, new() { NameRegex = new("^Nguyễn Văn An") }).First;
        await Assertions.Expect(option).ToBeVisibleAsync(Patient);
        var violations = await Accessibility.PageAuditTests.SeriousViolationsAsync(page, "/recognitions (the person picker open)");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await Screenshots.TakeAsync(page, "recognitions-person-picker", fullPage: false);
        await option.ClickAsync();

        await Assertions.Expect(picker).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Nguyễn Văn An \\("), new() { Timeout = Patient.Timeout });
    }
}
