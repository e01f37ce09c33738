using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// Progress on a pledge or on a unit's targets: one line per item with its full history (newest first) and completion,
/// and the weighted overall completion. Unreported items have a null completion ("not reported", never 0%).
/// </summary>
public sealed record ProgressSheet(
    int CampaignId,
    string CampaignTitle,
    string Owner,
    DateOnly Start,
    DateOnly End,
    bool CanReport,
    IReadOnlyList<ProgressLine> Lines)
{
    public double? Overall => Completion.Weighted(Lines.Select(l => (l.Weight, l.Completion)));
}

/// <summary>
/// One pledge item or unit target. <see cref="Key"/> is the pledge item's or the unit target's id; <see cref="Target"/> is null on
/// a draft's item that has no value yet (no completion then).
/// </summary>
public sealed record ProgressLine(
    int Key,
    string Criterion,
    Measure Measure,
    string? UnitOfMeasure,
    Direction Direction,
    double Weight,
    double? Target,
    IReadOnlyList<ProgressEntry> History)
{
    public double? Latest => History.Count == 0 ? null : History[0].Value;

    public double? Completion => Domain.Progress.Completion.Of(Direction, Target, Latest);
}

public sealed record ProgressEntry(DateOnly AsOf, double Value, string? Note, string ReportedBy, DateTime ReportedAtUtc);
