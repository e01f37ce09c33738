using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>Screenshots for README and the user guides, written to docs/images by the browser tests themselves.</summary>
internal static class Screenshots
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "docs", "images");

    public static Task TakeAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EmulationPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests inside the repository.");
    }
}
