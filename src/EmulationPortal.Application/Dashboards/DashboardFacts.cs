using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// What <see cref="CampaignDashboardReader"/> loads for one drive, as plain rows, so that <see cref="DashboardRollUp"/>
/// is pure arithmetic over them. <see cref="Units"/> holds only the active participating units the user may see.
/// </summary>
internal sealed record DashboardFacts(
    DriveRow Drive,
    IReadOnlyList<CriterionRow> Criteria,
    IReadOnlyDictionary<int, UnitRow> Units,
    UnitHeadcounts Headcounts,
    IReadOnlyList<PledgeCount> IndividualPledges,
    IReadOnlyList<int> CollectivePledgeUnits,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<TargetPoint> Points);

internal sealed record DriveRow(int Id, string Title, int OwnerUnitId, DateOnly Start, DateOnly End, DateOnly PledgeDeadline, DateOnly? LaunchDeadline);

internal sealed record CriterionRow(int Id, string Name, string? UnitOfMeasure, Direction Direction, double Weight);

internal sealed record UnitRow(int Id, string Code, string Name, OrgUnitKind Kind, int? ParentId, DateTime? LaunchedAtUtc);

/// <summary>Individual pledges of one status owned by one unit.</summary>
internal sealed record PledgeCount(int OrgUnitId, PledgeStatus Status, int Count);

internal sealed record TargetRow(int Id, int OrgUnitId, int CriterionId, double TargetValue);

/// <summary>The last report of a target on one as-of day.</summary>
internal sealed record TargetPoint(int TargetId, DateOnly AsOf, double Value);
