using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Decisions;

/// <summary>A decision as shown, exported and printed: its header, who did what when, and every line.</summary>
public sealed record DecisionDetail(
    int Id,
    Guid Version,
    int RoundId,
    string Round,
    string IssuingUnit,
    DecisionStatus Status,
    string? Number,
    DateOnly? DecidedOn,
    string SignerName,
    string SignerTitle,
    string LegalBasis,
    string DraftedBy,
    string? IssuedBy,
    DateTime? IssuedAtUtc,
    string? RevokedBy,
    DateTime? RevokedAtUtc,
    string? RevocationReason,
    IReadOnlyList<DecisionDetail.Line> Lines)
{
    public sealed record Line(int Id, int? GoldenBookNumber, AwardTitle Title, string TitleName, string RecipientName, string UnitName, bool IsPerson,
        decimal Bonus, bool ByCompetentPerson, bool Included, string? VerificationCode);

    /// <summary>Whether the reader may change the decision (save, issue, revoke, print) rather than only read it.</summary>
    public bool Manages { get; init; }

    public IEnumerable<Line> Awarded => Lines.Where(l => l.Included).OrderBy(l => l.GoldenBookNumber ?? int.MaxValue).ThenBy(l => l.Id);

    public decimal TotalBonus => Awarded.Sum(l => l.Bonus);
}
