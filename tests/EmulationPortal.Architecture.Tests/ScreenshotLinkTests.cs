using System.Text.RegularExpressions;
using EmulationPortal.TestSupport;

namespace EmulationPortal.Architecture.Tests;

/// <summary>
/// Screenshots are refreshed only on request (<c>UPDATE_SCREENSHOTS=1</c>), so nothing else notices a guide that shows a
/// picture nobody takes any more, or one that points at a file that is not there.
/// </summary>
public partial class ScreenshotLinkTests
{
    private static readonly string[] Documents = ["README.md", "docs/user-guide.vi.md", "docs/user-guide.en.md"];

    [GeneratedRegex(@"images/([\w.-]+\.png)")]
    private static partial Regex ImageLink();

    private static IEnumerable<string> Linked() => Documents
        .SelectMany(d => ImageLink().Matches(File.ReadAllText(Path.Combine(RepositoryFolder.Root, d))).Select(m => m.Groups[1].Value))
        .Distinct();

    [Fact]
    public void Every_picture_the_guides_show_is_in_docs_images()
    {
        var missing = Linked().Where(name => !File.Exists(Path.Combine(RepositoryFolder.Root, "docs", "images", name))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_picture_in_docs_images_is_shown_somewhere() =>
        Assert.Empty(Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "docs", "images"), "*.png").Select(Path.GetFileName).Except(Linked()));
}
