namespace EmulationPortal.Domain.Clusters;

/// <summary>One member's standing: its self-score and the others' mean per criterion, and the weighted total.</summary>
/// <param name="Total">Σ weight × cross-score mean ÷ Σ weight, on the 0–10 scale; a criterion nobody scored yet counts 0, with <see cref="ShareScored"/> beside it.</param>
/// <param name="ShareScored">The share of the weights whose criterion has at least one cross-score.</param>
public sealed record MemberStanding(int UnitId, int Rank, double Total, double ShareScored, IReadOnlyDictionary<int, double?> SelfScores, IReadOnlyDictionary<int, double?> CrossMeans);

/// <summary>
/// The covenant's year-end ranking from the cross-scores (a unit's own score is shown, never counted for itself), and the
/// scores that stand out: more than <see cref="OutlierGap"/> points from the mean the other members gave the same unit on
/// the same criterion, where at least two others scored it.
/// </summary>
public sealed record CovenantRanking(IReadOnlyList<MemberStanding> Standings, IReadOnlySet<(int Scorer, int Scored, int Criterion)> Outliers)
{
    public const double OutlierGap = 2.5;

    public static CovenantRanking Of(Covenant covenant, IReadOnlyList<int> members)
    {
        var totalWeight = covenant.Criteria.Sum(c => c.Weight);
        var cross = covenant.Scores.Where(s => !s.IsSelfScore && members.Contains(s.ScorerUnitId) && members.Contains(s.ScoredUnitId)).ToList();
        var unranked = members.Select(unit =>
        {
            var self = covenant.Criteria.ToDictionary(c => c.Id, c => covenant.Scores.SingleOrDefault(s => s.IsSelfScore && s.ScoredUnitId == unit && s.CriterionId == c.Id)?.Points);
            var means = covenant.Criteria.ToDictionary(c => c.Id, c =>
            {
                var given = cross.Where(s => s.ScoredUnitId == unit && s.CriterionId == c.Id).Select(s => s.Points).ToList();
                return given.Count == 0 ? (double?)null : given.Average();
            });
            var total = covenant.Criteria.Sum(c => c.Weight * (means[c.Id] ?? 0)) / totalWeight;
            var share = covenant.Criteria.Where(c => means[c.Id] is not null).Sum(c => c.Weight) / totalWeight;
            return (Unit: unit, Total: Math.Round(total, 2), Share: share, Self: self, Means: means);
        }).OrderByDescending(s => s.Total).ThenBy(s => s.Unit).ToList();

        var standings = unranked.Select(s => new MemberStanding(s.Unit, 1 + unranked.Count(o => o.Total > s.Total), s.Total, s.Share, s.Self, s.Means)).ToList();
        return new CovenantRanking(standings, OutliersOf(cross));
    }

    private static HashSet<(int, int, int)> OutliersOf(IReadOnlyList<CovenantScore> cross) =>
        cross.Where(score =>
        {
            var others = cross.Where(o => o.ScoredUnitId == score.ScoredUnitId && o.CriterionId == score.CriterionId && o.ScorerUnitId != score.ScorerUnitId).Select(o => o.Points).ToList();
            return others.Count >= 2 && Math.Abs(score.Points - others.Average()) > OutlierGap;
        }).Select(s => (s.ScorerUnitId, s.ScoredUnitId, s.CriterionId)).ToHashSet();

    public bool IsOutlier(int scorer, int scored, int criterion) => Outliers.Contains((scorer, scored, criterion));
}
