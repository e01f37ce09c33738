namespace EmulationPortal.Benchmarks.Generation;

/// <summary>How much to generate. The defaults are a ministry: 100k staff in 2,000 units, ~1M pledge items, ~2.5M progress reports.</summary>
internal sealed record Scale(int Staff, int Units, int Criteria, int ItemsPerPledge, int ReportsPerItem, int ReportsPerTarget)
{
    public static Scale Ministry { get; } = new(100_000, 2_000, 10, 10, 3, 6);

    /// <summary>A few hundred rows: for tests that prove the code runs and agrees with itself.</summary>
    public static Scale Tiny { get; } = new(400, 30, 6, 6, 2, 3);

    public static Scale From(CommandOptions line) => new(
        line.Number("staff", Ministry.Staff),
        line.Number("units", Ministry.Units),
        line.Number("criteria", Ministry.Criteria),
        line.Number("items-per-pledge", Ministry.ItemsPerPledge),
        line.Number("reports-per-item", Ministry.ReportsPerItem),
        line.Number("reports-per-target", Ministry.ReportsPerTarget));

    public static readonly string[] Options = ["staff", "units", "criteria", "items-per-pledge", "reports-per-item", "reports-per-target"];
}
