using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Progress;

/// <summary>
/// A value reported as of a date, on a pledge item (a person's progress) or on a unit target (a unit's progress).
/// Reports are appended, never overwritten: the latest as-of date is the current figure, the rest is history. A wrong
/// figure is corrected by a new report that supersedes it (<see cref="CorrectedBy"/>) with a reason; the superseded one
/// stays, marked, and no figure reads it any more. Its <see cref="Version"/> lets only one correction supersede it.
/// </summary>
public class ProgressReport : IVersioned
{
    public const int NoteMaxLength = 1000;
    public const int CorrectionReasonMaxLength = 500;

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

    /// <summary>On a correction: the report it supersedes, and why.</summary>
    public long? CorrectsReportId { get; private set; }
    public string? CorrectionReason { get; private set; }

    /// <summary>True once a correction replaced this report's value; figures read only reports that are not.</summary>
    public bool IsSuperseded { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public static ProgressReport OnPledgeItem(Campaign campaign, Criterion criterion, int pledgeItemId, double value, DateOnly asOf, DateOnly today, string? note, string reportedByUserId, DateTime nowUtc) =>
        new(campaign, criterion, value, asOf, today, note, reportedByUserId, nowUtc) { PledgeItemId = pledgeItemId };

    /// <summary>
    /// A correction of this report: the same item or target and as-of date (and note), another value and the reason,
    /// checked like a new report (the drive still accepts progress, the value fits). This report is marked superseded.
    /// </summary>
    public ProgressReport CorrectedBy(Campaign campaign, Criterion criterion, double value, string reason, DateOnly today, string userId, DateTime nowUtc)
    {
        if (IsSuperseded)
        {
            throw new DomainRuleException("progress.correction.superseded", "This report was already corrected.");
        }

        var why = UserText.NormalizeOptional(reason);
        if (string.IsNullOrEmpty(why))
        {
            throw new DomainRuleException("progress.correction.reasonRequired", "Say why the figure is corrected.");
        }

        if (why.Length > CorrectionReasonMaxLength)
        {
            throw new DomainRuleException("progress.correction.reasonTooLong", "The reason is too long.");
        }

        var correction = new ProgressReport(campaign, criterion, value, AsOf, today, Note, userId, nowUtc)
        {
            PledgeItemId = PledgeItemId,
            UnitTargetId = UnitTargetId,
            CorrectsReportId = Id,
            CorrectionReason = why,
        };
        IsSuperseded = true;
        return correction;
    }

    public static ProgressReport OnUnitTarget(Campaign campaign, Criterion criterion, int unitTargetId, double value, DateOnly asOf, DateOnly today, string? note, string reportedByUserId, DateTime nowUtc) =>
        new(campaign, criterion, value, asOf, today, note, reportedByUserId, nowUtc) { UnitTargetId = unitTargetId };
}
