using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;

namespace EmulationPortal.Domain.Reviews;

/// <summary>A discipline decision or a case still open (investigation, complaint); <see cref="Pending"/> cases bar every award.</summary>
public sealed record DisciplineFact(DisciplineLevel Level, int Year, bool Pending);

/// <summary>A recognised initiative; <see cref="UsedFor"/> names the earlier award it already supported, if any.</summary>
public sealed record InitiativeFact(string Code, InitiativeScope Scope, int RecognisedYear, string? UsedFor = null, string? Title = null);

/// <summary>A title held in an earlier year; ad-hoc and thematic awards never count toward merit chains (Decree 152/2025 Art. 4).</summary>
public sealed record PastTitle(int Year, AwardTitle Title, bool AdHoc = false);

/// <summary>A pledge of the period as the portal holds it: shown with the verdict, never a rule by itself.</summary>
public sealed record PledgeFact(string Drive, PledgeStatus Status, OverallCompletion? Completion);

/// <summary>Everything the engine knows about one person for the period. A null rating means nobody entered it: rules on it are unknown.</summary>
public sealed record PersonEvidence(
    string PersonId,
    int UnitId,
    DutyRating? Rating,
    IReadOnlyList<DisciplineFact> Discipline,
    IReadOnlyList<InitiativeFact> Initiatives,
    bool AcceptedResearch,
    IReadOnlyList<PastTitle> PastTitles,
    IReadOnlyList<PledgeFact> Pledges,
    int Recognitions)
{
    public static PersonEvidence Bare(string personId, int unitId, DutyRating? rating) =>
        new(personId, unitId, rating, [], [], false, [], [], 0);
}
