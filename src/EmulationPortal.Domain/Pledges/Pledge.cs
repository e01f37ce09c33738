using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Pledges;

/// <summary>
/// A pledge (đăng ký thi đua) and its life: Draft → Submitted → Accepted | Returned (with a reason) → resubmitted;
/// any live pledge can be withdrawn; an accepted pledge that is amended goes back to review.
/// Every change needs the drive to accept pledges (open, pledge deadline not passed).
/// </summary>
public class Pledge : IVersioned
{
    public const int ActionProgrammeMaxLength = 4000;
    public const int ReturnReasonMaxLength = 1000;

    private readonly List<PledgeItem> _items = [];

    private Pledge()
    {
    }

    private Pledge(int campaignId, PledgeKind kind, int orgUnitId, string? userId)
    {
        CampaignId = campaignId;
        Kind = kind;
        OrgUnitId = orgUnitId;
        UserId = userId;
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public PledgeKind Kind { get; private set; }
    public int OrgUnitId { get; private set; }

    /// <summary>The person who pledges; null for a collective pledge.</summary>
    public string? UserId { get; private set; }

    public string ActionProgramme { get; private set; } = string.Empty;
    public PledgeStatus Status { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<PledgeItem> Items => _items;

    /// <summary>Whether the owner may still write it as a draft (a withdrawn pledge can be taken up again).</summary>
    public bool IsEditable => Status is PledgeStatus.Draft or PledgeStatus.Returned or PledgeStatus.Withdrawn;

    public static Pledge Individual(Campaign campaign, int orgUnitId, string userId) =>
        new(campaign.Id, PledgeKind.Individual, orgUnitId, userId);

    public static Pledge Collective(Campaign campaign, int orgUnitId) =>
        new(campaign.Id, PledgeKind.Collective, orgUnitId, null);

    /// <summary>
    /// Writes the commitments and the action programme as typed; allowed while the pledge is a draft, returned or withdrawn.
    /// A draft may be half-filled (a ticked criterion without a value yet, no action programme): only <see cref="Submit"/> needs it complete.
    /// </summary>
    public void Write(Campaign campaign, DateOnly today, string actionProgramme, IReadOnlyDictionary<int, double?> commitments)
    {
        EnsureOpenFor(campaign, today);
        Require(IsEditable, "pledge.write.notEditable", "Only a draft, returned or withdrawn pledge can be edited.");
        SetContent(campaign, actionProgramme, commitments);
    }

    public void Submit(Campaign campaign, DateOnly today, DateTime nowUtc)
    {
        EnsureOpenFor(campaign, today);
        Require(IsEditable, "pledge.submit.notSubmittable", "Only a draft, returned or withdrawn pledge can be submitted.");
        EnsureComplete(campaign, ActionProgramme, _items.ToDictionary(i => i.CriterionId, i => i.CommittedValue));
        ReturnReason = null;
        GoToReview(campaign, nowUtc);
    }

    /// <summary>Changes a submitted or accepted pledge; it goes (back) to review.</summary>
    public void Amend(Campaign campaign, DateOnly today, DateTime nowUtc, string actionProgramme, IReadOnlyDictionary<int, double?> commitments)
    {
        EnsureOpenFor(campaign, today);
        Require(Status is PledgeStatus.Submitted or PledgeStatus.Accepted, "pledge.amend.notSubmitted", "Only a submitted or accepted pledge can be amended.");
        EnsureComplete(campaign, UserText.Normalize(actionProgramme), commitments);
        SetContent(campaign, actionProgramme, commitments);
        GoToReview(campaign, nowUtc);
    }

    /// <summary>
    /// What goes to review commits to something on every criterion it names and on every criterion the drive requires:
    /// a submitted or accepted pledge never holds an empty value.
    /// </summary>
    private static void EnsureComplete(Campaign campaign, string actionProgramme, IReadOnlyDictionary<int, double?> commitments)
    {
        Require(commitments.Count > 0, "pledge.submit.noItems", "A pledge needs at least one commitment.");
        Require(commitments.Values.All(v => v is not null), "pledge.item.required", "Every criterion pledged on needs a value.");
        Require(campaign.Criteria.Where(c => c.Required).All(c => commitments.ContainsKey(c.Id)),
            "pledge.item.requiredCriterion", "The drive requires every pledge to commit to this criterion.");
        Require(actionProgramme.Length > 0, "pledge.actionProgramme.required", "A pledge needs an action programme.");
    }

    /// <summary>A (re)submission is a new request: the reviewer of an earlier round (who returned it, say) no longer answers for it.</summary>
    private void GoToReview(Campaign campaign, DateTime nowUtc)
    {
        SubmittedAtUtc = nowUtc;
        ReviewedAtUtc = null;
        ReviewedByUserId = null;
        Status = campaign.LeaderAcceptanceRequired ? PledgeStatus.Submitted : PledgeStatus.Accepted;
    }

    public void Accept(string reviewerUserId, DateTime nowUtc)
    {
        Require(Status == PledgeStatus.Submitted, "pledge.review.notSubmitted", "Only a submitted pledge can be reviewed.");
        Status = PledgeStatus.Accepted;
        ReviewedAtUtc = nowUtc;
        ReviewedByUserId = reviewerUserId;
    }

    public void Return(string reviewerUserId, DateTime nowUtc, string reason)
    {
        Require(Status == PledgeStatus.Submitted, "pledge.review.notSubmitted", "Only a submitted pledge can be reviewed.");
        var text = UserText.Normalize(reason);
        Require(text.Length > 0, "pledge.return.reasonRequired", "Returning a pledge needs a reason.");
        Require(text.Length <= ReturnReasonMaxLength, "pledge.return.reasonTooLong", "The reason is too long.");
        Status = PledgeStatus.Returned;
        ReturnReason = text;
        ReviewedAtUtc = nowUtc;
        ReviewedByUserId = reviewerUserId;
    }

    public void Withdraw(Campaign campaign, DateOnly today)
    {
        EnsureOpenFor(campaign, today);
        Require(Status != PledgeStatus.Withdrawn, "pledge.withdraw.already", "The pledge is already withdrawn.");
        Status = PledgeStatus.Withdrawn;
    }

    /// <summary>
    /// The author moved to another unit while the drive is still running: their pledge goes with them, so the new unit's
    /// leader reviews it and the old one no longer does. A collective pledge stays with its unit.
    /// </summary>
    public void FollowAuthorTo(int orgUnitId)
    {
        Require(Kind == PledgeKind.Individual, "pledge.move.collective", "A collective pledge stays with its unit.");
        OrgUnitId = orgUnitId;
    }

    /// <summary>Progress is reported against what was committed: a submitted or accepted pledge, not a draft, a returned or a withdrawn one.</summary>
    /// <summary>A collective pledge has no reports of its own: its progress is the unit's, reported against the unit's targets.</summary>
    public void EnsureAcceptsProgress()
    {
        Require(Kind == PledgeKind.Individual, "progress.pledge.collective", "A collective pledge's progress is reported against the unit's targets.");
        Require(Status is PledgeStatus.Submitted or PledgeStatus.Accepted, "progress.pledge.notLive", "Progress is reported on a submitted or accepted pledge.");
    }

    private void SetContent(Campaign campaign, string actionProgramme, IReadOnlyDictionary<int, double?> commitments)
    {
        var programme = UserText.Normalize(actionProgramme ?? string.Empty);
        Require(programme.Length <= ActionProgrammeMaxLength, "pledge.actionProgramme.tooLong", "The action programme is too long.");
        foreach (var (criterionId, value) in commitments)
        {
            var criterion = campaign.Criteria.SingleOrDefault(c => c.Id == criterionId)
                ?? throw new DomainRuleException("pledge.item.unknownCriterion", "The criterion is not part of this drive.");
            Require(value is not { } v || criterion.Accepts(v), "pledge.item.outOfRange", $"The value for '{criterion.Name}' does not fit its measure.");
        }

        ActionProgramme = programme;
        _items.RemoveAll(i => !commitments.ContainsKey(i.CriterionId));
        foreach (var (criterionId, value) in commitments)
        {
            var existing = _items.SingleOrDefault(i => i.CriterionId == criterionId);
            if (existing is null)
            {
                _items.Add(new PledgeItem(criterionId, value));
            }
            else
            {
                existing.CommittedValue = value;
            }
        }
    }

    private void EnsureOpenFor(Campaign campaign, DateOnly today)
    {
        Require(campaign.Id == CampaignId, "pledge.campaign.mismatch", "The pledge belongs to another drive.");
        Require(campaign.AcceptsPledges(today), "pledge.campaign.closed", "The drive no longer accepts pledges.");
    }

    private static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(code, message);
        }
    }
}
