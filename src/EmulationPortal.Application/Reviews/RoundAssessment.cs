using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews;

/// <summary>A person in a round's scope with the evidence gathered for the period and a verdict per title.</summary>
public sealed record PersonAssessment(string UserId, string FullName, string? StaffCode, int UnitId, PersonEvidence Evidence, IReadOnlyList<Verdict> Verdicts)
{
    public Verdict On(AwardTitle title) => Verdicts.Single(v => v.Title == title);
}

/// <summary>A unit of the scope judged as a collective over its subtree.</summary>
public sealed record CollectiveAssessment(int UnitId, string Code, string Name, int? ParentId, DutyRating? Rating, int Members, IReadOnlyList<Verdict> Verdicts)
{
    public Verdict On(AwardTitle title) => Verdicts.Single(v => v.Title == title);
}

/// <summary>Everything the engine concluded for a round, before access decides who sees which part.</summary>
public sealed record RoundAssessment(
    ReviewRound Round,
    RuleSet RuleSet,
    IReadOnlyList<PersonAssessment> People,
    IReadOnlyList<CollectiveAssessment> Collectives,
    IReadOnlyList<Nomination> Nominations,
    ILookup<int, int> Children)
{
    /// <summary>The unit's quotas over its subtree, with the nominations it made that are still standing (not returned).</summary>
    public IReadOnlyList<Quota> QuotasOf(int unitId)
    {
        var subtree = Access.UnitScope.Subtree(unitId, Children);
        var members = People.Where(p => subtree.Contains(p.UnitId)).ToList();
        var eligible = members.Count(p => p.On(AwardTitle.AdvancedWorker).Outcome == RuleOutcome.Pass);
        var limits = Quotas.LimitsFor(RuleSet.Book, members.Count, eligible);
        return RuleSet.Book.Quotas.Where(q => Round.Titles.Contains(q.Title)).Select(q => new Quota(q.Title, limits[q.Title],
            Nominations.Count(n => n.NominatingUnitId == unitId && n.Title == q.Title && n.Status != NominationStatus.Returned), q.Share.Clause)).ToList();
    }
}
