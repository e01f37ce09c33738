using System.Globalization;

namespace EmulationPortal.Domain.Reviews;

/// <summary>A member of a collective with the individual verdicts already worked out for them.</summary>
public sealed record MemberRecord(PersonEvidence Evidence, IReadOnlyList<Verdict> Verdicts)
{
    public RuleOutcome OutcomeOf(AwardTitle title) => Verdicts.Single(v => v.Title == title).Outcome;
}

/// <summary>
/// The collective titles for one unit (its whole subtree) and one year, from its own rating and its members' verdicts.
/// A share counts unknown members both ways: it passes only if it passes without them and fails only if it fails with them.
/// </summary>
public static class CollectiveEligibility
{
    public static IReadOnlyList<Verdict> Evaluate(RuleBook rules, int year, DutyRating? unitRating, IReadOnlyList<MemberRecord> members)
    {
        var e = rules.Eligibility;
        var advanced = Verdict.AllOf(AwardTitle.AdvancedCollective,
            [AdvancedShare(members, e.CollectiveAdvancedShare, e.CollectiveShareExclusive), Discipline(e, year, members)]);
        var excellent = Verdict.AllOf(AwardTitle.ExcellentCollective,
        [
            RuleCheck.Of("prerequisite", advanced.Outcome, "prerequisite." + advanced.Outcome.ToString().ToLowerInvariant(), e.ExcellentCollectiveClause, nameof(AwardTitle.AdvancedCollective)),
            UnitRating(e, unitRating),
            AllCompleted(e, members),
            AdvancedShare(members, e.ExcellentCollectiveAdvancedShare, exclusive: false),
            AtLeastOneFighter(e, members),
        ]);
        // The flag goes to the unit its cluster acclaims: no rule of the record decides it, the cluster's head proposes it.
        var flag = Verdict.AllOf(AwardTitle.EmulationFlag, [RuleCheck.Of("cluster", RuleOutcome.Unknown, "collective.flag.byCluster", e.ExcellentCollectiveClause)]);
        return [advanced, excellent, flag];
    }

    private static RuleCheck AdvancedShare(IReadOnlyList<MemberRecord> members, Figure share, bool exclusive)
    {
        if (members.Count == 0)
        {
            return RuleCheck.Of("advancedShare", RuleOutcome.Fail, "collective.noMembers", share.Clause);
        }

        var passing = members.Count(m => m.OutcomeOf(AwardTitle.AdvancedWorker) == RuleOutcome.Pass);
        var unknown = members.Count(m => m.OutcomeOf(AwardTitle.AdvancedWorker) == RuleOutcome.Unknown);
        bool Meets(int count) => exclusive ? count > share.Value * members.Count : count >= share.Value * members.Count;
        var outcome = Meets(passing) ? RuleOutcome.Pass : Meets(passing + unknown) ? RuleOutcome.Unknown : RuleOutcome.Fail;
        return RuleCheck.Of("advancedShare", outcome, exclusive ? "collective.shareAbove" : "collective.shareAtLeast", share.Clause,
            Number(passing), Number(members.Count), (share.Value * 100).ToString("0", CultureInfo.InvariantCulture), Number(unknown));
    }

    private static RuleCheck Discipline(EligibilityRules e, int year, IReadOnlyList<MemberRecord> members)
    {
        var barred = members.Count(m => m.Evidence.Discipline.Any(d => !d.Pending && d.Year == year && d.Level >= e.BarringDiscipline));
        return barred == 0
            ? RuleCheck.Of("discipline", RuleOutcome.Pass, "collective.noDiscipline", e.DisciplineClause)
            : RuleCheck.Of("discipline", RuleOutcome.Fail, "collective.disciplined", e.DisciplineClause, Number(barred));
    }

    private static RuleCheck UnitRating(EligibilityRules e, DutyRating? rating) => rating switch
    {
        null => RuleCheck.Of("unitRating", RuleOutcome.Unknown, "rating.missing", e.ExcellentCollectiveClause),
        DutyRating.Excellent => RuleCheck.Of("unitRating", RuleOutcome.Pass, "rating.atLeast", e.ExcellentCollectiveClause, nameof(DutyRating.Excellent), nameof(DutyRating.Excellent)),
        var r => RuleCheck.Of("unitRating", RuleOutcome.Fail, "rating.below", e.ExcellentCollectiveClause, r.ToString()!, nameof(DutyRating.Excellent)),
    };

    private static RuleCheck AllCompleted(EligibilityRules e, IReadOnlyList<MemberRecord> members)
    {
        var failed = members.Count(m => m.Evidence.Rating == DutyRating.NotCompleted);
        var unrated = members.Count(m => m.Evidence.Rating is null);
        return failed > 0 ? RuleCheck.Of("allCompleted", RuleOutcome.Fail, "collective.someNotCompleted", e.ExcellentCollectiveClause, Number(failed))
            : unrated > 0 ? RuleCheck.Of("allCompleted", RuleOutcome.Unknown, "collective.someUnrated", e.ExcellentCollectiveClause, Number(unrated))
            : RuleCheck.Of("allCompleted", RuleOutcome.Pass, "collective.allCompleted", e.ExcellentCollectiveClause);
    }

    private static RuleCheck AtLeastOneFighter(EligibilityRules e, IReadOnlyList<MemberRecord> members)
    {
        var outcome = Verdict.AnyOf(members.Select(m => m.OutcomeOf(AwardTitle.GrassrootsFighter)));
        var fighters = members.Count(m => m.OutcomeOf(AwardTitle.GrassrootsFighter) == RuleOutcome.Pass);
        return RuleCheck.Of("fighter", outcome, "collective.fighters." + outcome.ToString().ToLowerInvariant(), e.ExcellentCollectiveClause, Number(fighters));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
