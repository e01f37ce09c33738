using System.Text.RegularExpressions;
using System.Xml.Linq;
using EmulationPortal.TestSupport;

namespace EmulationPortal.Architecture.Tests;

/// <summary>
/// Every text a page asks for by a literal key (<c>L["…"]</c>) is in both languages' resources: a missing key would
/// show the key itself ("Pledge.NotSent") to the user, which nothing else catches.
/// </summary>
public sealed partial class ResourceKeyTests
{
    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Every_key_a_page_asks_for_is_in_the_resources(string file)
    {
        var web = Path.Combine(RepositoryFolder.Root, "src", "EmulationPortal.Web");
        var known = XDocument.Load(Path.Combine(web, "Resources", file)).Root!.Elements("data")
            .Select(data => (string)data.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".razor", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => LiteralKey().Matches(File.ReadAllText(path)).Select(match => $"{Path.GetFileName(path)}: {match.Groups[1].Value}"))
            .Where(use => !known.Contains(use[(use.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex("""\bL\["([A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
