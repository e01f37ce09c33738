using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Decisions;

public enum DecisionStatus
{
    Draft = 0,
    Issued = 1,
    Revoked = 2,
}

/// <summary>
/// An award decision (quyết định khen thưởng) of a review round: drafted from the council's approved nominations, issued
/// once under a number unique for its unit and year, then never changed; a revocation marks it and keeps it whole.
/// </summary>
public class AwardDecision : IVersioned
{
    public const int SignerMaxLength = 200;
    public const int LegalBasisMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private AwardDecision()
    {
    }

    public AwardDecision(ReviewRound round, string legalBasis, IEnumerable<DecisionLine> lines, string byUserId, DateTime nowUtc)
    {
        if (round.Status is not (ReviewRoundStatus.Council or ReviewRoundStatus.Decided))
        {
            throw new DomainRuleException("decision.roundNotDecided", "A decision is drafted from a round in council or decided.");
        }

        RoundId = round.Id;
        IssuingUnitId = round.ScopeUnitId;
        LegalBasis = UserText.Required(legalBasis, LegalBasisMaxLength, "decision.legalBasis");
        Lines = lines.ToList();
        if (Lines.Count == 0)
        {
            throw new DomainRuleException("decision.nothingApproved", "The council approved no nomination of this round.");
        }

        DraftedByUserId = byUserId;
        DraftedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int IssuingUnitId { get; private set; }
    public DecisionStatus Status { get; private set; } = DecisionStatus.Draft;

    /// <summary>The year of the number series, the year issued.</summary>
    public int? Year { get; private set; }

    /// <summary>The ordinal in the unit's series for the year; with <see cref="Year"/> unique per unit.</summary>
    public int? Sequence { get; private set; }

    /// <summary>As printed, e.g. "15/QĐ-Z121".</summary>
    public string? Number { get; private set; }

    public DateOnly? DecidedOn { get; private set; }
    public string SignerName { get; private set; } = string.Empty;
    public string SignerTitle { get; private set; } = string.Empty;

    /// <summary>The instruments the decision rests on ("Căn cứ …"), copied from the round's rule set when drafted.</summary>
    public string LegalBasis { get; private set; } = string.Empty;

    public List<DecisionLine> Lines { get; private set; } = [];
    public string DraftedByUserId { get; private set; } = string.Empty;
    public DateTime DraftedAtUtc { get; private set; }
    public string? IssuedByUserId { get; private set; }
    public DateTime? IssuedAtUtc { get; private set; }
    public string? RevokedByUserId { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevocationReason { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public static string NumberOf(int sequence, string unitCode) => $"{sequence}/QĐ-{unitCode}";

    public void SetSigner(string name, string title)
    {
        EnsureDraft();
        SignerName = UserText.Required(name, SignerMaxLength, "decision.signerName");
        SignerTitle = UserText.Required(title, SignerMaxLength, "decision.signerTitle");
    }

    /// <summary>The competent person's choice on a line the council left to them; the council's approvals are not the signer's to drop.</summary>
    public void Include(int lineId, bool included)
    {
        EnsureDraft();
        var line = Lines.SingleOrDefault(l => l.Id == lineId) ?? throw new DomainRuleException("decision.lineUnknown", "The line is not in this decision.");
        if (!line.ByCompetentPerson)
        {
            throw new DomainRuleException("decision.lineApproved", "The council approved this line; only what it left to the competent person is chosen.");
        }

        line.Include(included);
    }

    /// <summary>Gives the number, the date, the golden-book numbers and the certificates' codes; from here on nothing changes.</summary>
    public void Issue(int sequence, string unitCode, DateOnly today, string byUserId, DateTime nowUtc, Func<string> newCode)
    {
        EnsureDraft();
        if (SignerName.Length == 0)
        {
            throw new DomainRuleException("decision.signerRequired", "A decision needs its signer before it is issued.");
        }

        var included = Lines.Where(l => l.Included).OrderBy(l => l.Id).ToList();
        if (included.Count == 0)
        {
            throw new DomainRuleException("decision.nothingIncluded", "A decision awards at least one person or collective.");
        }

        for (var i = 0; i < included.Count; i++)
        {
            included[i].Number(i + 1, newCode());
        }

        Year = today.Year;
        Sequence = sequence;
        Number = NumberOf(sequence, unitCode);
        DecidedOn = today;
        IssuedByUserId = byUserId;
        IssuedAtUtc = nowUtc;
        Status = DecisionStatus.Issued;
    }

    /// <summary>Marks an issued decision revoked (false declarations, later findings); its content stays as issued.</summary>
    public void Revoke(string reason, string byUserId, DateTime nowUtc)
    {
        if (Status != DecisionStatus.Issued)
        {
            throw new DomainRuleException("decision.notIssued", "Only an issued decision can be revoked.");
        }

        RevocationReason = UserText.Required(reason, ReasonMaxLength, "decision.reason");
        RevokedByUserId = byUserId;
        RevokedAtUtc = nowUtc;
        Status = DecisionStatus.Revoked;
    }

    private void EnsureDraft()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new DomainRuleException("decision.issued", "An issued decision is never changed; revoke it instead.");
        }
    }
}
