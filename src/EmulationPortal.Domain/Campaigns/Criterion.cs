using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Campaigns;

/// <summary>A content of the drive with a measurable target (nội dung / chỉ tiêu thi đua).</summary>
public class Criterion
{
    private Criterion()
    {
    }

    internal Criterion(string name, string? description, Measure measure, string? unitOfMeasure, Direction direction, double weight, int sortOrder)
    {
        Measure = measure;
        Redefine(name, description, unitOfMeasure, direction, weight);
        SortOrder = sortOrder;
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

    internal void Redefine(string name, string? description, string? unitOfMeasure, Direction direction, double weight)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("criterion.name.required", "A criterion needs a name.");
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new DomainRuleException("criterion.weight.positive", "A criterion's weight must be positive.");
        }

        Name = SearchText.Normalize(name);
        Description = string.IsNullOrWhiteSpace(description) ? null : SearchText.Normalize(description);
        UnitOfMeasure = Measure == Measure.Percentage ? "%" : unitOfMeasure?.Trim();
        Direction = direction;
        Weight = weight;
    }

    internal void ChangeMeasure(Measure measure) => Measure = measure;

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;

    /// <summary>Whether a definition says anything different from what this criterion is now.</summary>
    internal bool Differs(CriterionDefinition definition) =>
        Name != SearchText.Normalize(definition.Name)
        || Description != (string.IsNullOrWhiteSpace(definition.Description) ? null : SearchText.Normalize(definition.Description))
        || Measure != definition.Measure
        || (Measure != Measure.Percentage && UnitOfMeasure != definition.UnitOfMeasure?.Trim())
        || Direction != definition.Direction
        || !Weight.Equals(definition.Weight);

    /// <summary>Whether a committed, target or reported value fits this criterion's measure.</summary>
    public bool Accepts(double value) => Measure switch
    {
        _ when double.IsNaN(value) || double.IsInfinity(value) => false,
        Measure.Percentage => value is >= 0 and <= 100,
        Measure.YesNo => value is 0 or 1,
        _ => value >= 0,
    };
}
