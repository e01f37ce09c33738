using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>A criterion of the generated drive and how its targets and reported figures are drawn.</summary>
internal sealed record CriterionSpec(string Name, Measure Measure, string? UnitOfMeasure, Direction Direction, double Weight)
{
    private static readonly CriterionSpec[] Catalogue =
    [
        new("Giá trị sản xuất", Measure.Number, "triệu đồng", Direction.HigherIsBetter, 3),
        new("Tỷ lệ sản phẩm đạt chất lượng", Measure.Percentage, null, Direction.HigherIsBetter, 2),
        new("Số vụ mất an toàn lao động", Measure.Number, "vụ", Direction.LowerIsBetter, 2),
        new("Bảo đảm tuyệt đối an toàn kho tàng", Measure.YesNo, null, Direction.HigherIsBetter, 1),
        new("Số sáng kiến cải tiến kỹ thuật", Measure.Number, "sáng kiến", Direction.HigherIsBetter, 1),
        new("Tỷ lệ phế phẩm", Measure.Percentage, null, Direction.LowerIsBetter, 1),
        new("Số giờ huấn luyện", Measure.Number, "giờ", Direction.HigherIsBetter, 1),
        new("Số vụ vi phạm kỷ luật", Measure.Number, "vụ", Direction.LowerIsBetter, 1),
        new("Hoàn thành kế hoạch bảo dưỡng thiết bị", Measure.YesNo, null, Direction.HigherIsBetter, 1),
        new("Tiết kiệm vật tư", Measure.Number, "triệu đồng", Direction.HigherIsBetter, 2),
    ];

    /// <summary>The first <paramref name="count"/> criteria; past the catalogue they repeat with a number.</summary>
    public static IReadOnlyList<CriterionDefinition> Definitions(int count) => Enumerable.Range(0, count)
        .Select(i => Catalogue[i % Catalogue.Length] is var s && i < Catalogue.Length ? s : s with { Name = $"{s.Name} ({(i / Catalogue.Length) + 1})" })
        .Select(s => new CriterionDefinition(null, s.Name, null, s.Measure, s.UnitOfMeasure, s.Direction, s.Weight))
        .ToList();

    /// <summary>A unit's target or a person's commitment.</summary>
    public static double Target(Criterion criterion, Random random) => (criterion.Measure, criterion.Direction) switch
    {
        (Measure.YesNo, _) => 1,
        (Measure.Percentage, Direction.LowerIsBetter) => random.Next(1, 6),
        (Measure.Percentage, _) => random.Next(90, 100),
        (_, Direction.LowerIsBetter) => random.Next(0, 3),
        _ => random.Next(5, 50) * 10,
    };

    /// <summary>The figure reported once <paramref name="share"/> of the period is gone: on pace, give or take.</summary>
    public static double Reported(Criterion criterion, double target, double share, Random random) => (criterion.Measure, criterion.Direction) switch
    {
        (Measure.YesNo, _) => random.NextDouble() < 0.9 ? 1 : 0,
        (Measure.Percentage, Direction.LowerIsBetter) => Math.Round(random.NextDouble() * 8, 1),
        (Measure.Percentage, _) => Math.Min(100, Math.Round(target - 10 + (random.NextDouble() * 13), 1)),
        (_, Direction.LowerIsBetter) => random.NextDouble() < 0.8 ? 0 : random.Next(1, 4),
        _ => Math.Round(target * share * (0.6 + (random.NextDouble() * 0.7))),
    };
}
