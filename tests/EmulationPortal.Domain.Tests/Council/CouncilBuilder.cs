using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Council;

/// <summary>A round in council at unit 1 and a session of its council, ids given as the store would.</summary>
internal static class CouncilBuilder
{
    public static readonly DateOnly Day = new(2021, 12, 28);
    public static readonly RuleBook Rules = SeededRuleBooks.Army2018().Book;
    public static readonly TitleRule Fighter = Rules.Title(AwardTitle.GrassrootsFighter);
    public static readonly TitleRule Advanced = Rules.Title(AwardTitle.AdvancedWorker);

    /// <summary>Member 1 chairs, member 2 is the secretary; the first <paramref name="present"/> members attend.</summary>
    public static CouncilSession Session(int members, int present)
    {
        var round = new ReviewRound("Bình xét 2021", 2021, 1, SeededRuleBooks.Army2018(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.AdvancedWorker, AwardTitle.GrassrootsFighter]);
        round.Advance();
        round.Advance();
        var council = Enumerable.Range(1, members).Select(i => WithId(new CouncilMember(1, $"u{i}", i switch { 1 => CouncilRole.Chair, 2 => CouncilRole.Secretary, _ => CouncilRole.Member }, new(2021, 1, 1), new(2025, 12, 31)), i));
        var session = new CouncilSession(round, Day, council, "u1");
        for (var i = 0; i < session.Attendees.Count; i++)
        {
            WithId(session.Attendees[i], i + 1);
            session.SetAttendance(i + 1, i < present);
        }

        return session;
    }

    public static BallotRound Start(CouncilSession session, TitleRule rule, params int[] agenda)
    {
        var round = session.StartBallotRound(rule, Rules.Quorum, agenda);
        return WithId(round, session.BallotRounds.Count);
    }

    public static void Count(CouncilSession session, BallotRound round, TitleRule rule, Dictionary<int, int> approvals, params QuotaGroup[] quotas) =>
        session.CloseBallotRound(round.Id, rule, approvals, session.PresentCount, quotas);

    public static T WithId<T>(T entity, int id)
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
