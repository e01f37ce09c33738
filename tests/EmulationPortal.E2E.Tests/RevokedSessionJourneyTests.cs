using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>An open page whose account is locked drops to the sign-in page within seconds, without the user doing anything.</summary>
public class RevokedSessionJourneyTests(PortalBrowser browser)
{
    [Fact]
    public async Task An_open_page_goes_to_sign_in_within_seconds_of_a_lock()
    {
        const string email = "px4.cnv03@z121.demo";
        var page = await browser.SignedInPageAsync(email);
        await page.GotoAsync(new Uri(browser.BaseAddress, "/pledges").ToString());
        await PortalBrowser.WaitUntilInteractiveAsync(page);

        PortalUser account;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            account = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
        }

        var admin = await browser.Services.CurrentUserAsync(DemoAccounts.Admin.Email);
        var locked = await browser.Services.RunAsync<SetUserLock, Outcome>(u => u.ExecuteAsync(admin, new SetUserLockRequest(account.Id, account.ConcurrencyStamp, Locked: true)));
        Assert.True(locked.Succeeded);

        // The circuit rechecks its account every 5 seconds (Security:CircuitRevalidationSeconds).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 15_000 });
    }
}
