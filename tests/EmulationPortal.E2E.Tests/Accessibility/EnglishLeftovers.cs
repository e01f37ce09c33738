using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Accessibility;

/// <summary>
/// MudBlazor's built-in English, as a Vietnamese reader would meet it: in the text of the page or in the names a screen
/// reader speaks (aria-label, title, placeholder).
/// </summary>
internal static partial class EnglishLeftovers
{
    private const string ReadableText = """
        () => [document.body.innerText,
               ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')]
                   .flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')])
                   .filter(Boolean)].join('\n')
        """;

    public static async Task<IReadOnlyList<string>> OnAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>(ReadableText);
        return MudBlazorEnglish().Matches(text).Select(match => match.Value).Distinct().ToList();
    }

    [GeneratedRegex(@"\b(Select row|Select all rows|Select all|Rows per page|Increment|Decrement|Toggle|Not a valid \w+( \w+)?|Open date picker|Close alert|Close dialog|Previous page|Next page|First page|Last page|Loading\.\.\.|Required)\b|\b\d+-\d+ of \d+\b|^(Open|Close|Clear)$", RegexOptions.Multiline)]
    private static partial Regex MudBlazorEnglish();
}
