using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Reviews;

public enum NominationStatus
{
    Submitted = 0,
    Accepted = 1,
    Returned = 2,
}

/// <summary>A unit proposes one person (or one collective) for one title in a round; the political department accepts or returns it.</summary>
public class Nomination : IVersioned
{
    public const int SummaryMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private Nomination()
    {
    }

    private Nomination(ReviewRound round, AwardTitle title, int nominatingUnitId, int subjectUnitId, string? personId, string summary, string byUserId, DateTime nowUtc)
    {
        if (!round.AcceptsNominations)
        {
            throw new DomainRuleException("nomination.roundNotOpen", "The round does not take nominations now.");
        }

        if (!round.Titles.Contains(title))
        {
            throw new DomainRuleException("nomination.titleNotInRound", "The round does not consider this title.");
        }

        RoundId = round.Id;
        Title = title;
        NominatingUnitId = nominatingUnitId;
        SubjectUnitId = subjectUnitId;
        PersonId = personId;
        NominatedByUserId = byUserId;
        NominatedAtUtc = nowUtc;
        Summary = Checked(summary, SummaryMaxLength, "nomination.summary");
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public AwardTitle Title { get; private set; }

    /// <summary>The unit whose leader nominated (its quota is charged).</summary>
    public int NominatingUnitId { get; private set; }

    /// <summary>The collective nominated, or the unit of the person nominated.</summary>
    public int SubjectUnitId { get; private set; }

    /// <summary>The person nominated; null for a collective.</summary>
    public string? PersonId { get; private set; }

    public string Summary { get; private set; } = string.Empty;
    public NominationStatus Status { get; private set; } = NominationStatus.Submitted;
    public string? ReturnReason { get; private set; }
    public string NominatedByUserId { get; private set; } = string.Empty;
    public DateTime NominatedAtUtc { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public CouncilOutcome CouncilOutcome { get; private set; } = CouncilOutcome.Pending;
    public Guid Version { get; set; } = Guid.NewGuid();

    public static Nomination OfPerson(ReviewRound round, AwardTitle title, int nominatingUnitId, int personUnitId, string personId, string summary, string byUserId, DateTime nowUtc) =>
        new(round, title, nominatingUnitId, personUnitId, personId, summary, byUserId, nowUtc);

    public static Nomination OfCollective(ReviewRound round, AwardTitle title, int nominatingUnitId, int collectiveUnitId, string summary, string byUserId, DateTime nowUtc) =>
        new(round, title, nominatingUnitId, collectiveUnitId, null, summary, byUserId, nowUtc);

    public void Accept(ReviewRound round, string byUserId)
    {
        EnsureUnderReview(round);
        Status = NominationStatus.Accepted;
        ReturnReason = null;
        DecidedByUserId = byUserId;
    }

    /// <summary>Sent back to the unit with a reason it can act on; the unit may nominate again while the round is open.</summary>
    public void Return(ReviewRound round, string byUserId, string reason)
    {
        EnsureUnderReview(round);
        ReturnReason = Checked(reason, ReasonMaxLength, "nomination.reason");
        Status = NominationStatus.Returned;
        DecidedByUserId = byUserId;
    }

    /// <summary>The council's result for an accepted nomination, recorded while the round is in council.</summary>
    public void RecordCouncilOutcome(ReviewRound round, CouncilOutcome outcome)
    {
        if (round.Status != ReviewRoundStatus.Council || Status != NominationStatus.Accepted || outcome == CouncilOutcome.Pending)
        {
            throw new DomainRuleException("nomination.notBeforeCouncil", "Only an accepted nomination of a round in council gets a council outcome.");
        }

        CouncilOutcome = outcome;
    }

    private void EnsureUnderReview(ReviewRound round)
    {
        if (round.Status is not (ReviewRoundStatus.Open or ReviewRoundStatus.Council) || Status != NominationStatus.Submitted)
        {
            throw new DomainRuleException("nomination.notUnderReview", "Only a submitted nomination of an open round or in council can be accepted or returned.");
        }
    }

    private static string Checked(string text, int maxLength, string code)
    {
        var value = UserText.Normalize(text ?? string.Empty);
        if (value.Length == 0)
        {
            throw new DomainRuleException(code + ".required", "The text is required.");
        }

        return value.Length > maxLength ? throw new DomainRuleException(code + ".tooLong", "The text is too long.") : value;
    }
}
