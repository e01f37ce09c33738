namespace EmulationPortal.Domain.Campaigns;

/// <summary>How a criterion is measured.</summary>
public enum Measure
{
    /// <summary>An amount that may have decimals (tonnes, millions of đồng).</summary>
    Number = 0,
    Percentage = 1,
    YesNo = 2,

    /// <summary>Things counted one by one (shells, designs, incidents, initiatives, people): whole numbers only.</summary>
    Count = 3,
}

/// <summary>What each measure allows, asked by the domain, the validators and the inputs alike.</summary>
public static class MeasureRules
{
    /// <summary>A quantity with its own unit of measure, shared out among child units by headcount.</summary>
    public static bool IsQuantity(this Measure measure) => measure is Measure.Number or Measure.Count;

    /// <summary>Only whole numbers make sense: 1,5 shells is a typing mistake, not a figure.</summary>
    public static bool WholeNumbersOnly(this Measure measure) => measure is Measure.Count or Measure.YesNo;

    /// <summary>Whether <paramref name="value"/> is a whole number where the measure asks for one.</summary>
    public static bool FitsGrain(this Measure measure, double value) => !measure.WholeNumbersOnly() || value == Math.Floor(value);
}
