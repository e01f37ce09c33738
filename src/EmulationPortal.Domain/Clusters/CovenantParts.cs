using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Domain.Clusters;

/// <summary>A weighted criterion of a covenant, defined like a drive's criterion (measure, direction, weight).</summary>
public class CovenantCriterion
{
    public const int NameMaxLength = 300;
    public const int UnitOfMeasureMaxLength = 50;

    private CovenantCriterion()
    {
    }

    internal CovenantCriterion(CriterionDefinition definition, int sortOrder)
    {
        Name = definition.Name;
        Measure = definition.Measure;
        UnitOfMeasure = definition.UnitOfMeasure;
        Direction = definition.Direction;
        Weight = definition.Weight;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public Measure Measure { get; private set; }
    public string? UnitOfMeasure { get; private set; }
    public Direction Direction { get; private set; }
    public double Weight { get; private set; }
    public int SortOrder { get; private set; }
}

/// <summary>What a member commits to reach on one criterion of the covenant.</summary>
public class CovenantCommitment
{
    private CovenantCommitment()
    {
    }

    internal CovenantCommitment(int orgUnitId, int criterionId, double value)
    {
        OrgUnitId = orgUnitId;
        CriterionId = criterionId;
        Value = value;
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int CriterionId { get; private set; }
    public double Value { get; internal set; }
}

/// <summary>A member's leader signed the covenant for the unit: who and when.</summary>
public class CovenantSignature
{
    private CovenantSignature()
    {
    }

    internal CovenantSignature(int orgUnitId, string userId, DateTime signedAtUtc)
    {
        OrgUnitId = orgUnitId;
        UserId = userId;
        SignedAtUtc = signedAtUtc;
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public int OrgUnitId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public DateTime SignedAtUtc { get; private set; }
}

/// <summary>A member's progress on one commitment as of a day; the latest report counts, earlier ones stay as history.</summary>
public class CovenantReport
{
    private CovenantReport()
    {
    }

    internal CovenantReport(int orgUnitId, int criterionId, double value, DateOnly asOf, string userId)
    {
        OrgUnitId = orgUnitId;
        CriterionId = criterionId;
        Value = value;
        AsOf = asOf;
        UserId = userId;
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public int OrgUnitId { get; private set; }
    public int CriterionId { get; private set; }
    public double Value { get; private set; }
    public DateOnly AsOf { get; private set; }
    public string UserId { get; private set; } = string.Empty;
}

/// <summary>
/// The points one member gives a member (itself for the self-score) on one criterion at year end, with its evidence.
/// Re-entering replaces the points until the vote starts.
/// </summary>
public class CovenantScore
{
    public const int EvidenceMaxLength = 2000;

    private CovenantScore()
    {
    }

    internal CovenantScore(int scorerUnitId, int scoredUnitId, int criterionId)
    {
        ScorerUnitId = scorerUnitId;
        ScoredUnitId = scoredUnitId;
        CriterionId = criterionId;
    }

    public int Id { get; private set; }
    public int CovenantId { get; private set; }
    public int ScorerUnitId { get; private set; }
    public int ScoredUnitId { get; private set; }
    public int CriterionId { get; private set; }
    public double Points { get; internal set; }
    public string? Evidence { get; internal set; }
    public string UserId { get; internal set; } = string.Empty;
    public DateTime ScoredAtUtc { get; internal set; }

    public bool IsSelfScore => ScorerUnitId == ScoredUnitId;
}
