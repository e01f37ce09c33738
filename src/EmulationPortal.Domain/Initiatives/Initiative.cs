using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Initiatives;

/// <summary>
/// An initiative (sáng kiến, cải tiến kỹ thuật): filed by its authors, judged by an initiative council, recognised with
/// a scope of effect or rejected with a reason, and consumed by the one award it supports (Decree 152/2025 Art. 4).
/// Recognised, it counts once toward a running drive's initiative criterion (<see cref="ProgressReportId"/>).
/// </summary>
public class Initiative : IVersioned
{
    public const int CodeMaxLength = 20;
    public const int ReasonMaxLength = 1000;
    public const int ConsumedForMaxLength = 300;
    public const int MaxAuthors = 10;

    private readonly List<InitiativeAuthor> _authors = [];
    private readonly List<InitiativeVote> _votes = [];

    private Initiative()
    {
    }

    public Initiative(InitiativeContent content, int orgUnitId, IReadOnlyList<(string UserId, double Share)> authors, string createdByUserId, DateTime nowUtc)
    {
        OrgUnitId = orgUnitId;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = nowUtc;
        Revise(content, authors);
    }

    public int Id { get; private set; }

    /// <summary>SK-year-sequence, given when it is filed.</summary>
    public string? Code { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Code and title folded for diacritics-insensitive search (<see cref="SearchText.Fold"/>).</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string Problem { get; private set; } = string.Empty;
    public string Solution { get; private set; } = string.Empty;
    public string AppliedAt { get; private set; } = string.Empty;
    public DateOnly AppliedSince { get; private set; }
    public double? SavingVnd { get; private set; }
    public double? SavingHours { get; private set; }

    /// <summary>The unit the initiative belongs to (its first author's when it was written).</summary>
    public int OrgUnitId { get; private set; }

    /// <summary>The unit whose initiative council judges it, fixed when it is filed.</summary>
    public int? CouncilUnitId { get; private set; }

    public string CreatedByUserId { get; private set; } = string.Empty;
    public DateTime CreatedAtUtc { get; private set; }
    public InitiativeState State { get; private set; }
    public InitiativeScope? Scope { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The progress report that counted it toward a drive's initiative criterion; set once, so it counts once.</summary>
    public long? ProgressReportId { get; private set; }

    /// <summary>The award it supported ("title year"), the year of that award and the decision that granted it.</summary>
    public string? ConsumedFor { get; private set; }
    public int? ConsumedYear { get; private set; }
    public int? ConsumedByDecisionId { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<InitiativeAuthor> Authors => _authors;
    public IReadOnlyList<InitiativeVote> Votes => _votes;

    public bool IsAuthor(string userId) => _authors.Exists(a => a.UserId == userId);

    /// <summary>Recognised and not consumed, or consumed: what the review engine reads as evidence.</summary>
    public static bool CountsAsEvidence(InitiativeState state) => state is InitiativeState.Recognised or InitiativeState.Consumed;

    /// <summary>A draft's content and authors are replaced whole; once filed it is the council's to judge.</summary>
    public void Revise(InitiativeContent content, IReadOnlyList<(string UserId, double Share)> authors)
    {
        Require(InitiativeState.Draft);
        CheckAuthors(authors);
        Title = content.Title;
        Problem = content.Problem;
        Solution = content.Solution;
        AppliedAt = content.AppliedAt;
        AppliedSince = content.AppliedSince;
        SavingVnd = content.SavingVnd;
        SavingHours = content.SavingHours;
        _authors.RemoveAll(a => !authors.Any(n => n.UserId == a.UserId));
        foreach (var (userId, share) in authors)
        {
            _authors.RemoveAll(a => a.UserId == userId);
            _authors.Add(new InitiativeAuthor(userId, share));
        }

        SearchName = SearchText.Fold($"{Code} {Title}");
    }

    public void File(string code, int councilUnitId, DateOnly today)
    {
        Require(InitiativeState.Draft);
        if (AppliedSince > today)
        {
            throw new DomainRuleException("initiative.appliedSince.future", "An initiative is filed once it is applied.");
        }

        Code = code;
        CouncilUnitId = councilUnitId;
        FiledOn = today;
        State = InitiativeState.Filed;
        SearchName = SearchText.Fold($"{Code} {Title}");
    }

    public void StartEvaluation()
    {
        Require(InitiativeState.Filed);
        State = InitiativeState.UnderEvaluation;
    }

    /// <summary>A member's vote, replacing their earlier one; the caller checks the seat, the initiative checks authorship.</summary>
    public void Vote(string memberUserId, bool agrees, int score, DateTime nowUtc)
    {
        Require(InitiativeState.UnderEvaluation);
        if (IsAuthor(memberUserId))
        {
            throw new DomainRuleException("initiative.vote.author", "An author does not sit on the evaluation of their own initiative.");
        }

        if (score is < 0 or > InitiativeVote.MaxScore)
        {
            throw new DomainRuleException("initiative.vote.score", "A score is between 0 and 100.");
        }

        if (_votes.Find(v => v.MemberUserId == memberUserId) is { } earlier)
        {
            earlier.Change(agrees, score, nowUtc);
            return;
        }

        _votes.Add(new InitiativeVote(memberUserId, agrees, score, nowUtc));
    }

    /// <summary>Agreeing votes among the members who may sit (the council without the authors).</summary>
    public int AgreeingAmong(IReadOnlySet<string> sitting) => _votes.Count(v => v.Agrees && sitting.Contains(v.MemberUserId));

    /// <summary>Recognised only when the agreeing share of the sitting members reaches the rule set's fraction.</summary>
    public void Recognise(InitiativeScope scope, IReadOnlySet<string> sitting, Figure approval, DateOnly today)
    {
        Require(InitiativeState.UnderEvaluation);
        if (!Enum.IsDefined(scope))
        {
            throw new DomainRuleException("initiative.scope.invalid", "Unknown scope.");
        }

        if (!approval.IsMetBy(AgreeingAmong(sitting), sitting.Count))
        {
            throw new DomainRuleException("initiative.recognise.notEnoughVotes", "Too few council members agree.");
        }

        Scope = scope;
        DecidedOn = today;
        State = InitiativeState.Recognised;
    }

    public void Reject(string reason, DateOnly today)
    {
        if (State is not (InitiativeState.Filed or InitiativeState.UnderEvaluation))
        {
            throw new DomainRuleException("initiative.state", "The initiative is not awaiting judgement.");
        }

        RejectionReason = UserText.Required(reason, ReasonMaxLength, "initiative.reason");
        DecidedOn = today;
        State = InitiativeState.Rejected;
    }

    public void CountedBy(long progressReportId)
    {
        if (ProgressReportId is not null || !CountsAsEvidence(State))
        {
            throw new DomainRuleException("initiative.alreadyCounted", "A recognised initiative counts once.");
        }

        ProgressReportId = progressReportId;
    }

    /// <summary>The one award it supports; afterwards it supports no other.</summary>
    public void Consume(string awardedFor, int year, int? decisionId)
    {
        Require(InitiativeState.Recognised);
        ConsumedFor = UserText.Required(awardedFor, ConsumedForMaxLength, "initiative.consumedFor");
        ConsumedYear = year;
        ConsumedByDecisionId = decisionId;
        State = InitiativeState.Consumed;
    }

    private void Require(InitiativeState state)
    {
        if (State != state)
        {
            throw new DomainRuleException("initiative.state", $"The initiative is not {state}.");
        }
    }

    private static void CheckAuthors(IReadOnlyList<(string UserId, double Share)> authors)
    {
        if (authors.Count is 0 or > MaxAuthors)
        {
            throw new DomainRuleException("initiative.authors.count", "An initiative has one to ten authors.");
        }

        if (authors.Select(a => a.UserId).Distinct(StringComparer.Ordinal).Count() != authors.Count)
        {
            throw new DomainRuleException("initiative.authors.duplicate", "An author is listed once.");
        }

        if (authors.Any(a => !(double.IsFinite(a.Share) && a.Share > 0 && a.Share <= 100)) || Math.Abs(authors.Sum(a => a.Share) - 100) > 0.01)
        {
            throw new DomainRuleException("initiative.authors.shares", "Co-authors' shares are positive and add up to 100 %.");
        }
    }
}
