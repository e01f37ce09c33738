using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>
/// Screenshots for README and the user guides, taken by the browser tests themselves. They go to docs/images only when
/// asked (<c>UPDATE_SCREENSHOTS=1</c>), so an ordinary test run leaves the working tree clean; otherwise to a temporary
/// folder, so the step still runs.
/// </summary>
internal static class Screenshots
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(RepositoryFolder.Root, "docs", "images")
        : Directory.CreateTempSubdirectory("emulation-portal-screenshots-").FullName;

    /// <summary>
    /// A full-page shot stitches the page as if scrolled: the fixed app bar would float over the middle of it, so for the
    /// shot it stays at the top of the page instead.
    /// </summary>
    private const string AppBarAtTop = ".mud-appbar { position: absolute !important; }";

    public static Task TakeAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage, Style = fullPage ? AppBarAtTop : null });
}
