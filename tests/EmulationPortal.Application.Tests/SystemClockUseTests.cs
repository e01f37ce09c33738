using System.Text.RegularExpressions;

namespace EmulationPortal.Application.Tests;

/// <summary>
/// Every time comes from the injected <see cref="TimeProvider"/>: the demo moves it (<c>Clock:Today</c>) and the tests
/// fake it, so one read of the machine clock stamps a record on another day than its neighbours.
/// </summary>
public partial class SystemClockUseTests
{
    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(UtcNow|Now|Today)\b")]
    private static partial Regex MachineClock();

    [Fact]
    public void No_source_file_reads_the_machine_clock()
    {
        var src = Path.Combine(RepositoryFolder.Root, "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var offenders = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => MachineClock().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }
}
