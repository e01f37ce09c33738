using System.Globalization;

namespace EmulationPortal.Benchmarks;

/// <summary>The <c>--name value</c> options after a command; an unknown name is an error rather than silently ignored.</summary>
internal sealed class CommandOptions(IReadOnlyDictionary<string, string> options)
{
    public static CommandOptions Parse(IEnumerable<string> args, params string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current[2..] : null;
            if (name is null || !known.Contains(name, StringComparer.OrdinalIgnoreCase) || !e.MoveNext())
            {
                throw new ArgumentException($"Unknown option or missing value: {e.Current}. Options: --{string.Join(", --", known)}");
            }

            options[name] = e.Current;
        }

        return new CommandOptions(options);
    }

    public string Text(string name, string fallback) => options.GetValueOrDefault(name) ?? fallback;

    public int Number(string name, int fallback) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
