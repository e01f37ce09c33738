using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>A content of the drive with a measurable target (nội dung / chỉ tiêu thi đua).</summary>
public class Criterion
{
    /// <summary>
    /// The largest committed, target or reported number: far above any real count or amount, and small enough that
    /// sums over every unit and person stay finite (1e308 would overflow a dashboard's total to infinity).
    /// </summary>
    public const double MaxValue = 1e12;

    /// <summary>The largest weight of a criterion in the weighted roll-up.</summary>
    public const double MaxWeight = 1000;

    private Criterion()
    {
    }

    internal Criterion(string name, string? description, Measure measure, string? unitOfMeasure, Direction direction, double weight, int sortOrder, bool required = false)
    {
        Measure = measure;
        Redefine(name, description, unitOfMeasure, direction, weight);
        SortOrder = sortOrder;
        Required = required;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public Measure Measure { get; private set; }
    public string? UnitOfMeasure { get; private set; }
    public Direction Direction { get; private set; }
    public double Weight { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>
    /// The drive's initiative criterion: each initiative its council recognises during the drive adds one to the
    /// figure of its unit's target, in a report linked to the initiative (so it counts once).
    /// </summary>
    public bool CountsInitiatives { get; private set; }

    /// <summary>Marks this criterion as the one recognised initiatives count toward; only a count can.</summary>
    public void CountInitiatives()
    {
        if (Measure != Measure.Count)
        {
            throw new DomainRuleException("criterion.initiatives.count", "Initiatives are counted one by one.");
        }

        CountsInitiatives = true;
    }

    /// <summary>Whether every pledge of the drive must commit to this criterion (it starts ticked and cannot be left out).</summary>
    public bool Required { get; private set; }

    internal void Redefine(string name, string? description, string? unitOfMeasure, Direction direction, double weight)
    {
        if (UserText.Normalize(name).Length == 0)
        {
            throw new DomainRuleException("criterion.name.required", "A criterion needs a name.");
        }

        if (!(weight > 0))
        {
            throw new DomainRuleException("criterion.weight.positive", "A criterion's weight must be positive.");
        }

        if (weight > MaxWeight)
        {
            throw new DomainRuleException("criterion.weight.tooLarge", "A criterion's weight is at most 1000.");
        }

        Name = UserText.Normalize(name);
        Description = UserText.NormalizeOptional(description);
        UnitOfMeasure = Measure == Measure.Percentage ? "%" : UserText.NormalizeOptional(unitOfMeasure);
        Direction = direction;
        Weight = weight;
    }

    internal void ChangeMeasure(Measure measure) => Measure = measure;

    internal void Require(bool required) => Required = required;

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;

    /// <summary>Whether a definition says anything different from what this criterion is now.</summary>
    internal bool Differs(CriterionDefinition definition) =>
        Name != UserText.Normalize(definition.Name)
        || Description != UserText.NormalizeOptional(definition.Description)
        || Measure != definition.Measure
        || (Measure != Measure.Percentage && UnitOfMeasure != UserText.NormalizeOptional(definition.UnitOfMeasure))
        || Direction != definition.Direction
        || !Weight.Equals(definition.Weight);

    /// <summary>Whether a committed, target or reported value fits this criterion's measure.</summary>
    public bool Accepts(double value) => Measure switch
    {
        _ when double.IsNaN(value) || double.IsInfinity(value) => false,
        Measure.Percentage => value is >= 0 and <= 100,
        Measure.YesNo => value is 0 or 1,
        _ => value is >= 0 and <= MaxValue && Measure.FitsGrain(value),
    };
}
