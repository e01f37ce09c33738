using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Clusters;

/// <summary>A cluster in the list: its members this year and the user's unit's role in it.</summary>
public sealed record ClusterSummary(int Id, string Name, ClusterLevel Level, string ManagingUnit, int? Year, int Members, ClusterRole? MyRole);

/// <summary>A cluster and its covenant of one year as the user may see it.</summary>
public sealed record ClusterView(
    int Id,
    string Name,
    ClusterLevel Level,
    string ManagingUnit,
    int Year,
    IReadOnlyList<int> Years,
    ClusterView.CovenantPart? Covenant,
    IReadOnlyList<ClusterView.Member> Members,
    ClusterView.Viewer Me)
{
    public sealed record Member(int UnitId, string Name, ClusterRole Role, string? SignedBy, DateTime? SignedAtUtc, OverallCompletion? Progress);

    /// <param name="MyUnitId">The member unit the user acts for; null when they only follow the cluster.</param>
    public sealed record Viewer(int? MyUnitId, ClusterRole? MyRole, bool Oversees);

    public sealed record CovenantPart(
        int Id,
        Guid Version,
        IReadOnlyList<CovenantCriterion> Criteria,
        IReadOnlyDictionary<(int Unit, int Criterion), double> Commitments,
        IReadOnlyDictionary<(int Unit, int Criterion), Progress> Reports,
        IReadOnlyList<Score> Scores,
        CovenantRanking Ranking,
        AcclamationPart Acclamation);

    public sealed record Progress(double Value, DateOnly AsOf, double? Completion);

    public sealed record Score(int ScorerUnitId, int ScoredUnitId, int CriterionId, double Points, string? Evidence, bool IsOutlier);

    public sealed record AcclamationPart(
        IReadOnlyList<Round> Rounds,
        Figure? Threshold,
        int? LeaderUnitId,
        LeaderChoice? LeaderChosenBy,
        int? HeadChoiceUnitId,
        int? DeputyChoiceUnitId,
        int? FlagNominationId,
        int? FlagRoundId);

    /// <param name="Voted">The member units that voted (never how).</param>
    public sealed record Round(int Id, int Number, bool IsClosed, IReadOnlyList<int> Candidates, int Membership, int BallotsCounted, IReadOnlyList<AcclamationTally> Tallies, IReadOnlySet<int> Voted);

    public string UnitName(int unitId) => Members.FirstOrDefault(m => m.UnitId == unitId)?.Name ?? "?";

    public static double? CompletionOf(CovenantCriterion criterion, double? commitment, double? reported) =>
        Completion.Of(criterion.Direction, commitment, reported);

    public static bool IsWhole(Measure measure) => measure.WholeNumbersOnly();
}
