namespace EmulationPortal.Domain.Reviews;

/// <summary>
/// The verdicts of one person or one collective of a round (each rule's check, reason and clause) with the evidence they
/// rest on, frozen when the round enters council. From then on the round is read from these rows, so a fact corrected
/// later does not change what the council deliberated and the decision cites. Never modified.
/// </summary>
public class VerdictSnapshot
{
    public const int NameMaxLength = 300;

    private VerdictSnapshot()
    {
    }

    private VerdictSnapshot(int roundId, DateTime takenAtUtc, int unitId, string name, IReadOnlyList<Verdict> verdicts)
    {
        RoundId = roundId;
        TakenAtUtc = takenAtUtc;
        UnitId = unitId;
        Name = name.Length > NameMaxLength ? name[..NameMaxLength] : name;
        Verdicts = verdicts.ToList();
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public DateTime TakenAtUtc { get; private set; }

    /// <summary>The person's unit, or the collective itself.</summary>
    public int UnitId { get; private set; }

    /// <summary>The person judged; null for a collective.</summary>
    public string? PersonId { get; private set; }

    /// <summary>The person's full name or the unit's name as they were at the snapshot.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>A person's staff code, or a collective's unit code.</summary>
    public string? Code { get; private set; }

    /// <summary>A collective's parent unit, so the round's tree is read as it was.</summary>
    public int? ParentId { get; private set; }

    /// <summary>A collective's own duty rating; a person's rating is in <see cref="Evidence"/>.</summary>
    public DutyRating? Rating { get; private set; }

    /// <summary>The people a collective was judged over.</summary>
    public int Members { get; private set; }

    /// <summary>A person's evidence; null for a collective.</summary>
    public PersonEvidence? Evidence { get; private set; }

    public List<Verdict> Verdicts { get; private set; } = [];

    public bool IsPerson => PersonId is not null;

    public static VerdictSnapshot OfPerson(int roundId, DateTime takenAtUtc, string fullName, string? staffCode, PersonEvidence evidence, IReadOnlyList<Verdict> verdicts) =>
        new(roundId, takenAtUtc, evidence.UnitId, fullName, verdicts) { PersonId = evidence.PersonId, Code = staffCode, Evidence = evidence, Rating = evidence.Rating };

    public static VerdictSnapshot OfCollective(int roundId, DateTime takenAtUtc, int unitId, string code, string name, int? parentId, DutyRating? rating, int members, IReadOnlyList<Verdict> verdicts) =>
        new(roundId, takenAtUtc, unitId, name, verdicts) { Code = code, ParentId = parentId, Rating = rating, Members = members };
}
