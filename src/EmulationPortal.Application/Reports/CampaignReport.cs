using EmulationPortal.Application.Dashboards;
using EmulationPortal.Domain.Pledges;

namespace EmulationPortal.Application.Reports;

/// <summary>What the Excel export holds: the dashboard's figures and the pledges behind them.</summary>
public sealed record CampaignReport(CampaignDashboard Dashboard, IReadOnlyList<PledgeLine> Pledges);

/// <summary>One pledge: whose (a person, or null for a unit's collective pledge), where, and its state.</summary>
public sealed record PledgeLine(string UnitCode, string UnitName, string? PersonName, string? StaffCode, PledgeKind Kind, PledgeStatus Status, DateTime? SubmittedAtUtc);
