using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmulationPortal.Architecture.Tests;

/// <summary>A use case, a query or a writer reads in one screen: no hand-written member in src runs past the limit.</summary>
public sealed class MethodLengthTests
{
    private const int MaxLines = 60;

    [Fact]
    public void No_method_in_src_is_longer_than_sixty_lines()
    {
        var tooLong = HandWrittenSources()
            .SelectMany(LongMembers)
            .ToList();

        Assert.True(tooLong.Count == 0, "Over " + MaxLines + " lines: " + string.Join("; ", tooLong));
    }

    private static IEnumerable<string> LongMembers(string path)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
        foreach (var member in root.DescendantNodes().Where(node => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax))
        {
            var span = member.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MaxLines)
            {
                yield return $"{Path.GetFileName(path)}:{span.StartLinePosition.Line + 1} {Name(member)} ({lines})";
            }
        }
    }

    private static string Name(SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
        LocalFunctionStatementSyntax local => local.Identifier.Text,
        _ => member.Kind().ToString(),
    };

    /// <summary>The C# files of src, without generated migrations and build output.</summary>
    private static IEnumerable<string> HandWrittenSources()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EmulationPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EmulationPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
