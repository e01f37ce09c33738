using EmulationPortal.Application.Data.Seed;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(EmulationPortal.E2E.Tests.PortalBrowser))]

namespace EmulationPortal.E2E.Tests;

/// <summary>
/// The portal on real Kestrel with the demo data, and Debian's Chromium driven by Playwright (never a downloaded browser).
/// One per test run; each test opens its own browser context (its own cookies).
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    private readonly PortalAppFactory _portal = new ManyTabs();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// The whole browser run is one long session in which each journey leaves its pages open, so the demo accounts would
    /// reach the per-user circuit cap (10) part-way through; the cap has its own tests (CircuitLimitTests).
    /// </summary>
    private sealed class ManyTabs : PortalAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:CircuitsPerUser", "500");
        }
    }

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The running portal's services, for a test that changes an account behind an open page.</summary>
    public IServiceProvider Services => _portal.Services;

    public async ValueTask InitializeAsync()
    {
        BaseAddress = _portal.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A page in a new context on this run's portal, or on <paramref name="portal"/> (another instance).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, Uri? portal = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (portal ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form, found by its labels, and waits until the interactive circuit is live.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1280, int height = 800, Uri? portal = null)
    {
        var page = await NewPageAsync(width, height, portal);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(portal ?? BaseAddress, "/").ToString());
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }
}
