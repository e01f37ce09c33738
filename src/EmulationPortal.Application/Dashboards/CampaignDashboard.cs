using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Everything the campaign dashboard, its print page and the Excel export show, for the units the user may see.
/// A target's completion is a ratio (1 = target met), null while not reported; every roll-up is an
/// <see cref="OverallCompletion"/> (unreported items count 0%, with the share reported beside it), null without targets.
/// </summary>
public sealed record CampaignDashboard(
    int CampaignId,
    string Title,
    DateOnly Start,
    DateOnly End,
    DateOnly? LaunchDeadline,
    DateOnly Today,
    int DaysRemaining,
    double ElapsedShare,
    int Staff,
    int Participants,
    IReadOnlyDictionary<PledgeStatus, int> IndividualPledges,
    int CollectivePledges,
    OverallCompletion? OverallCompletion,
    IReadOnlyList<CriterionFigure> Criteria,
    IReadOnlyList<UnitFigure> Units,
    IReadOnlyList<LaunchRecord> Launches,
    ProgressHistory History)
{
    /// <summary>Set when the dashboard is drilled down to one unit's subtree (<see cref="DashboardFocus"/>).</summary>
    public DashboardFocus? Focus { get; init; }

    /// <summary>Below this share of staff pledged, a unit is behind.</summary>
    public const double ParticipationThreshold = 0.5;

    public double? Participation => Staff == 0 ? null : (double)Participants / Staff;

    public int UnitsBehind => Units.Count(u => u.IsBehind);
}

/// <summary>A criterion with its weight and the drive's completion on it: the mean over the units with a target on it, and how many reported.</summary>
public sealed record CriterionFigure(int CriterionId, string Name, string? UnitOfMeasure, Direction Direction, double Weight, OverallCompletion? Completion);

/// <summary>One participating unit: participation over its subtree, its own targets' completion, and whether it is behind.</summary>
public sealed record UnitFigure(
    int OrgUnitId,
    string Code,
    string Name,
    OrgUnitKind Kind,
    int? ParentId,
    int Depth,
    int Staff,
    int Participants,
    IReadOnlyList<TargetCell> Cells,
    OverallCompletion? Completion,
    bool IsBehind)
{
    public double? Participation => Staff == 0 ? null : (double)Participants / Staff;

    /// <summary>Code and name folded (<see cref="SearchText.Fold"/>) for the diacritics-insensitive units filter.</summary>
    public string SearchName => SearchText.Fold($"{Code} {Name}");

    /// <summary>True when none of the unit's targets has a report yet (then "not reported" is said once for the row).</summary>
    public bool NothingReported => Cells.Any(c => c.Target is not null) && Cells.Where(c => c.Target is not null).All(c => c.Reported is null);
}

/// <summary>A heat-map cell: the unit's target on a criterion, its current figure (latest report) and the completion.</summary>
public sealed record TargetCell(int CriterionId, double? Target, double? Reported, double? Completion);

/// <summary>A sub-unit of the drive's owner and where it stands with launching its own drive (<see cref="CampaignUnit.StateOf"/>, judged by the factory's day).</summary>
public sealed record LaunchRecord(int OrgUnitId, string Code, string Name, DateOnly? LaunchedOn, LaunchState State);

/// <summary>Per as-of date, each criterion's completion using every unit's latest report up to that date.</summary>
public sealed record ProgressHistory(IReadOnlyList<DateOnly> Dates, IReadOnlyList<CriterionSeries> Series);

public sealed record CriterionSeries(int CriterionId, string Name, IReadOnlyList<double?> Completions);
