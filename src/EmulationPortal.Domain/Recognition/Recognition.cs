using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Recognition;

/// <summary>
/// An advanced example, a good practice or a commendation found during a drive, for one person or one unit.
/// Recorded by a person (the political department), never by the portal itself: suggestions only point at candidates.
/// </summary>
public class Recognition
{
    public const int ReasonMaxLength = 2000;

    private Recognition()
    {
    }

    private Recognition(int campaignId, RecognitionKind kind, int orgUnitId, string? userId, string reason, DateOnly recognisedOn, string recordedByUserId, DateTime nowUtc)
    {
        var text = UserText.Normalize(reason ?? string.Empty);
        if (text.Length == 0)
        {
            throw new DomainRuleException("recognition.reason.required", "A recognition needs a reason.");
        }

        if (text.Length > ReasonMaxLength)
        {
            throw new DomainRuleException("recognition.reason.tooLong", "The reason is too long.");
        }

        CampaignId = campaignId;
        Kind = kind;
        OrgUnitId = orgUnitId;
        UserId = userId;
        Reason = text;
        RecognisedOn = recognisedOn;
        RecordedByUserId = recordedByUserId;
        RecordedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public RecognitionKind Kind { get; private set; }

    /// <summary>The unit recognised, or the unit the person belonged to when recognised.</summary>
    public int OrgUnitId { get; private set; }

    /// <summary>The person recognised; null when the recognition is for the unit.</summary>
    public string? UserId { get; private set; }

    public string Reason { get; private set; } = string.Empty;
    public DateOnly RecognisedOn { get; private set; }
    public string RecordedByUserId { get; private set; } = string.Empty;
    public DateTime RecordedAtUtc { get; private set; }

    public static Recognition OfPerson(int campaignId, RecognitionKind kind, int orgUnitId, string userId, string reason, DateOnly recognisedOn, string recordedByUserId, DateTime nowUtc) =>
        new(campaignId, kind, orgUnitId, userId, reason, recognisedOn, recordedByUserId, nowUtc);

    public static Recognition OfUnit(int campaignId, RecognitionKind kind, int orgUnitId, string reason, DateOnly recognisedOn, string recordedByUserId, DateTime nowUtc) =>
        new(campaignId, kind, orgUnitId, null, reason, recognisedOn, recordedByUserId, nowUtc);
}
