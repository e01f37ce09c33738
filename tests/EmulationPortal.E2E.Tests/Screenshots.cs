using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>Screenshots for README and the user guides, written to docs/images by the browser tests themselves.</summary>
internal static class Screenshots
{
    private static readonly string Folder = Path.Combine(RepositoryFolder.Root, "docs", "images");

    public static Task TakeAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
}
