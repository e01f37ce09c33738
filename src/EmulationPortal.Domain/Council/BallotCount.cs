using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Council;

/// <summary>
/// Turns a round's approvals into results: a nominee passes with approvals of at least the threshold of the total
/// membership (more than half where the title sets none); within a unit's quota the most-voted pass, and a tie for
/// the last places is left undecided (DOMAIN-AWARDS.md).
/// </summary>
public static class BallotCount
{
    public static bool Passes(int approvals, int totalMembership, Figure? threshold) =>
        threshold is null ? approvals * 2 > totalMembership : threshold.IsMetBy(approvals, totalMembership);

    /// <param name="slots">Per quota group, the places still free; nominees outside every group are not limited.</param>
    public static List<NomineeTally> Decide(IReadOnlyDictionary<int, int> approvals, int totalMembership, Figure? threshold, IReadOnlyList<(QuotaGroup Group, int Free)> slots)
    {
        var results = approvals.ToDictionary(a => a.Key, a => Passes(a.Value, totalMembership, threshold) ? VoteResult.Approved : VoteResult.BelowThreshold);
        foreach (var (group, free) in slots)
        {
            var passing = group.NominationIds.Where(id => results.GetValueOrDefault(id, VoteResult.BelowThreshold) == VoteResult.Approved)
                .OrderByDescending(id => approvals[id]).ToList();
            if (passing.Count <= free)
            {
                continue;
            }

            var cutoff = free == 0 ? int.MaxValue : approvals[passing[free - 1]];
            var above = passing.Count(id => approvals[id] > cutoff);
            var atCutoff = passing.Where(id => approvals[id] == cutoff).ToList();
            foreach (var id in passing.Where(id => approvals[id] < cutoff))
            {
                results[id] = VoteResult.OverQuota;
            }

            // Those tied at the cut-off all fit, or all compete for the places left.
            if (above + atCutoff.Count > free)
            {
                atCutoff.ForEach(id => results[id] = VoteResult.Tied);
            }
        }

        return approvals.Select(a => new NomineeTally(a.Key, a.Value, results[a.Key])).OrderBy(t => t.NominationId).ToList();
    }
}
