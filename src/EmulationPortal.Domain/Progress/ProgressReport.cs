using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Progress;

/// <summary>
/// A value reported as of a date, on a pledge item (a person's progress) or on a unit target (a unit's progress).
/// Reports are appended, never overwritten: the latest as-of date is the current figure, the rest is history.
/// </summary>
public class ProgressReport
{
    public const int NoteMaxLength = 1000;

    private ProgressReport()
    {
    }

    private ProgressReport(Campaign campaign, Criterion criterion, double value, DateOnly asOf, DateOnly today, string? note, string reportedByUserId, DateTime nowUtc)
    {
        if (!campaign.AcceptsProgress)
        {
            throw new DomainRuleException("progress.campaign.closed", "The drive does not accept progress reports.");
        }

        if (!criterion.Accepts(value))
        {
            throw new DomainRuleException("progress.value.outOfRange", "The value does not fit the criterion's measure.");
        }

        if (asOf < campaign.StartDate || asOf > campaign.EndDate || asOf > today)
        {
            throw new DomainRuleException("progress.asOf.outsidePeriod", "The date must be inside the drive's period and not in the future.");
        }

        var trimmed = UserText.NormalizeOptional(note);
        if (trimmed?.Length > NoteMaxLength)
        {
            throw new DomainRuleException("progress.note.tooLong", "The note is too long.");
        }

        CampaignId = campaign.Id;
        CriterionId = criterion.Id;
        Value = value;
        AsOf = asOf;
        Note = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        ReportedByUserId = reportedByUserId;
        ReportedAtUtc = nowUtc;
    }

    public long Id { get; private set; }
    public int CampaignId { get; private set; }
    public int CriterionId { get; private set; }
    public int? PledgeItemId { get; private set; }
    public int? UnitTargetId { get; private set; }
    public double Value { get; private set; }
    public DateOnly AsOf { get; private set; }
    public string? Note { get; private set; }
    public string ReportedByUserId { get; private set; } = string.Empty;
    public DateTime ReportedAtUtc { get; private set; }

    public static ProgressReport OnPledgeItem(Campaign campaign, Criterion criterion, int pledgeItemId, double value, DateOnly asOf, DateOnly today, string? note, string reportedByUserId, DateTime nowUtc) =>
        new(campaign, criterion, value, asOf, today, note, reportedByUserId, nowUtc) { PledgeItemId = pledgeItemId };

    public static ProgressReport OnUnitTarget(Campaign campaign, Criterion criterion, int unitTargetId, double value, DateOnly asOf, DateOnly today, string? note, string reportedByUserId, DateTime nowUtc) =>
        new(campaign, criterion, value, asOf, today, note, reportedByUserId, nowUtc) { UnitTargetId = unitTargetId };
}
