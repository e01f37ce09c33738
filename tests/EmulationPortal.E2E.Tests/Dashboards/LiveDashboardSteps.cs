using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Dashboards;

/// <summary>
/// The political officer keeps the demo drive's dashboard open while a worker who has not pledged submits a pledge in
/// another browser context; the headline "N/M people pledged" must move to N+1 without a reload. The dashboard polls
/// every three seconds, so the figure shows within five on a quiet machine; the delay is reported, and only bounded
/// loosely here, because the suite shares two cores with every other test (a wall-clock assertion would be noise).
/// </summary>
public static partial class LiveDashboardSteps
{
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 60_000 };

    /// <summary>Returns the officer's open page, the new number of people pledged and how long after the worker's acknowledgement it showed.</summary>
    public static async Task<(IPage Officer, int Pledged, TimeSpan Delay)> PledgeWhileTheOfficerWatchesAsync(
        PortalBrowser browser, string worker, Uri? officerPortal = null, Uri? workerPortal = null)
    {
        var officer = await browser.SignedInPageAsync(DemoAccounts.PoliticalOfficer.Email, height: 900, portal: officerPortal);
        await officer.GotoAsync("/dashboard/1");
        await PortalBrowser.WaitUntilInteractiveAsync(officer);
        var pledged = PeopleOf().Match(await officer.GetByText(PeopleOf()).InnerTextAsync());
        var before = int.Parse(pledged.Groups["pledged"].Value, CultureInfo.InvariantCulture);

        var staff = await browser.SignedInPageAsync(worker, portal: workerPortal);
        await staff.GotoAsync("/campaigns/1/pledge");
        await PortalBrowser.WaitUntilInteractiveAsync(staff);
        await PledgeFormSteps.FillValidPledgeAsync(staff);
        // As the pledge journey does: submit once the autosave has stored the draft. Submitting at once while the machine
        // was overloaded sometimes left the pledge a draft with no message; the cause is not yet found.
        await Assertions.Expect(staff.GetByText(DraftSaved())).ToBeVisibleAsync(Patient);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Đã gửi đăng ký để chỉ huy đơn vị xem xét.")).ToBeVisibleAsync(Patient);
        var acknowledged = Stopwatch.StartNew();

        await Assertions.Expect(officer.GetByText($"{before + 1}/{pledged.Groups["staff"].Value} người đã đăng ký"))
            .ToBeVisibleAsync(Patient);
        return (officer, before + 1, acknowledged.Elapsed);
    }

    [GeneratedRegex("^Đã lưu nháp lúc")]
    private static partial Regex DraftSaved();

    [GeneratedRegex(@"^(?<pledged>\d+)/(?<staff>\d+) người đã đăng ký$")]
    private static partial Regex PeopleOf();
}
