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
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("criterion.name.required", "A criterion needs a name.");
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new DomainRuleException("criterion.weight.positive", "A criterion's weight must be positive.");
        }

        Name = SearchText.Normalize(name);
        Description = description is null ? null : SearchText.Normalize(description);
        Measure = measure;
        UnitOfMeasure = measure == Measure.Percentage ? "%" : unitOfMeasure?.Trim();
        Direction = direction;
        Weight = weight;
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

    /// <summary>Whether a committed, target or reported value fits this criterion's measure.</summary>
    public bool Accepts(double value) => Measure switch
    {
        _ when double.IsNaN(value) || double.IsInfinity(value) => false,
        Measure.Percentage => value is >= 0 and <= 100,
        Measure.YesNo => value is 0 or 1,
        _ => value >= 0,
    };
}
