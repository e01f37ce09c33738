using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// Progress on a pledge or on a unit's targets: one line per item with its full history (newest first) and completion,
/// and the overall completion (<see cref="OverallCompletion"/>). An unreported item's own completion is null ("not reported").
/// <see cref="ReportedOnUnitPage"/>: a collective pledge's figures are its unit's, reported on the unit's progress page.
/// </summary>
public sealed record ProgressSheet(
    int CampaignId,
    string CampaignTitle,
    string Owner,
    DateOnly Start,
    DateOnly End,
    bool CanReport,
    IReadOnlyList<ProgressLine> Lines,
    bool ReportedOnUnitPage = false)
{
    public OverallCompletion? Overall => OverallCompletion.Weighted(Lines.Where(l => l.Target is not null).Select(l => (l.Weight, l.Completion))); // a line with no value yet has nothing to complete
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
    /// <summary>The newest report not superseded by a correction: the figure every completion reads.</summary>
    public double? Latest => History.FirstOrDefault(h => !h.IsSuperseded)?.Value;

    public double? Completion => Domain.Progress.Completion.Of(Direction, Target, Latest);
}

/// <summary>One report; <see cref="CorrectionReason"/> on a correction, <see cref="SupersededBy"/> once one replaced it.</summary>
public sealed record ProgressEntry(
    long Id,
    Guid Version,
    DateOnly AsOf,
    double Value,
    string? Note,
    string ReportedBy,
    DateTime ReportedAtUtc,
    string? CorrectionReason,
    Supersession? SupersededBy)
{
    public bool IsSuperseded => SupersededBy is not null;
}

/// <summary>Who corrected a report, when and why.</summary>
public sealed record Supersession(string By, DateTime AtUtc, string Reason);
