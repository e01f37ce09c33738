using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Decisions;

/// <summary>
/// One person or collective of a decision, from an approved nomination (or one the council left to the competent person,
/// who includes or excludes it). Names are copied when drafted: a certificate says what was decided, even after a move or rename.
/// </summary>
public class DecisionLine
{
    public const int NameMaxLength = 300;
    public const int CodeLength = 22;

    private DecisionLine()
    {
    }

    private DecisionLine(Nomination nomination, string recipientName, string unitName, string titleName, decimal bonus)
    {
        NominationId = nomination.Id;
        Title = nomination.Title;
        PersonId = nomination.PersonId;
        UnitId = nomination.SubjectUnitId;
        RecipientName = recipientName;
        UnitName = unitName;
        TitleName = titleName;
        Bonus = bonus;
        ByCompetentPerson = nomination.CouncilOutcome == CouncilOutcome.LeftToCompetentPerson;

        // The council approved it; what it left open stays out until the signer includes it.
        Included = !ByCompetentPerson;
    }

    public static DecisionLine For(Nomination nomination, string recipientName, string unitName, string titleName, decimal bonus) =>
        nomination.CouncilOutcome is CouncilOutcome.Approved or CouncilOutcome.LeftToCompetentPerson
            ? new(nomination, recipientName, unitName, titleName, bonus)
            : throw new DomainRuleException("decision.notApproved", "Only what the council approved or left to the competent person is decided.");

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int NominationId { get; private set; }
    public AwardTitle Title { get; private set; }

    /// <summary>The person awarded; null for a collective.</summary>
    public string? PersonId { get; private set; }

    /// <summary>The collective awarded, or the person's unit.</summary>
    public int UnitId { get; private set; }

    public string RecipientName { get; private set; } = string.Empty;
    public string UnitName { get; private set; } = string.Empty;
    public string TitleName { get; private set; } = string.Empty;

    /// <summary>VND: the rule set's base salary × the title's multiple.</summary>
    public decimal Bonus { get; private set; }

    /// <summary>The council left it to the competent person (two ballot rounds without a result); <see cref="Included"/> is the signer's choice.</summary>
    public bool ByCompetentPerson { get; private set; }

    public bool Included { get; private set; }

    /// <summary>Số sổ vàng: the line's ordinal among the included ones, given at issue.</summary>
    public int? GoldenBookNumber { get; private set; }

    /// <summary>The certificate's public verification code, given at issue: 128 random bits, URL-safe.</summary>
    public string? VerificationCode { get; private set; }

    internal void Include(bool included) => Included = included;

    internal void Number(int goldenBookNumber, string verificationCode)
    {
        GoldenBookNumber = goldenBookNumber;
        VerificationCode = verificationCode;
    }
}
