using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Council;

public enum SessionStatus
{
    Open = 0,
    Closed = 1,
}

/// <summary>
/// The council's session (phiên họp) on a review round in council: attendance against the total membership of the
/// day, a quorum before any vote, at most two ballot rounds per title, the chair's tie-break, and the outcomes it hands
/// to the nominations when it closes.
/// </summary>
public class CouncilSession : IVersioned
{
    public const int MaxBallotRounds = 2;

    private CouncilSession()
    {
    }

    public CouncilSession(ReviewRound round, DateOnly day, IEnumerable<CouncilMember> council, string openedByUserId)
    {
        if (round.Status != ReviewRoundStatus.Council)
        {
            throw new DomainRuleException("council.session.roundNotInCouncil", "Only a round in council is voted on.");
        }

        Attendees = council.Where(m => m.OrgUnitId == round.ScopeUnitId && m.ServesOn(day)).Select(m => new SessionAttendee(m)).ToList();
        if (!Attendees.Any(a => a.UserId == openedByUserId && a.Role is CouncilRole.Chair or CouncilRole.Secretary))
        {
            throw new DomainRuleException("council.session.chairOrSecretary", "The chair or the secretary opens the session.");
        }

        RoundId = round.Id;
        Day = day;
        OpenedByUserId = openedByUserId;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public DateOnly Day { get; private set; }
    public SessionStatus Status { get; private set; } = SessionStatus.Open;
    public string OpenedByUserId { get; private set; } = string.Empty;
    public List<SessionAttendee> Attendees { get; private set; } = [];
    public List<BallotRound> BallotRounds { get; private set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public int TotalMembership => Attendees.Count;
    public int PresentCount => Attendees.Count(a => a.Present);
    public bool HasQuorum(Figure quorum) => quorum.IsMetBy(PresentCount, TotalMembership);

    public SessionAttendee? AttendeeOf(string userId) => Attendees.SingleOrDefault(a => a.UserId == userId);

    /// <summary>The chair and the secretary run the session.</summary>
    public bool IsRunBy(string userId) => AttendeeOf(userId)?.Role is CouncilRole.Chair or CouncilRole.Secretary;

    public BallotRound? OpenBallotRound => BallotRounds.SingleOrDefault(b => !b.IsClosed);

    /// <summary>Attendance is taken before the first vote; it then stays as the minutes record it.</summary>
    public void SetAttendance(int attendeeId, bool present)
    {
        EnsureOpen();
        if (BallotRounds.Count > 0)
        {
            throw new DomainRuleException("council.attendance.frozen", "Attendance is fixed once voting has begun.");
        }

        var attendee = Attendees.SingleOrDefault(a => a.Id == attendeeId) ?? throw new DomainRuleException("council.attendance.notMember", "Not a member of this session.");
        attendee.Present = present;
    }

    /// <summary>Round 1 on a title's agenda, or round 2 on the nominees round 1 left tied.</summary>
    public BallotRound StartBallotRound(TitleRule rule, Figure quorum, IReadOnlyCollection<int> agenda)
    {
        EnsureOpen();
        if (!HasQuorum(quorum))
        {
            throw new DomainRuleException("council.quorum.notMet", "Too few members are present to vote.");
        }

        if (OpenBallotRound is not null)
        {
            throw new DomainRuleException("council.ballot.roundOpen", "Close the open ballot round first.");
        }

        var last = LastRound(rule.Title);
        var nominees = last is null ? agenda : last.Tied.ToList();
        if (last?.Number >= MaxBallotRounds || nominees.Count == 0)
        {
            throw new DomainRuleException("council.ballot.nothingToVote", "No nominee of this title is left to vote on.");
        }

        var round = new BallotRound(rule.Title, (last?.Number ?? 0) + 1, rule.SecretBallot, nominees);
        BallotRounds.Add(round);
        return round;
    }

    /// <summary>Counts a round: the secret ballots' approvals, or those of an open vote as the session recorded them.</summary>
    public void CloseBallotRound(int ballotRoundId, TitleRule rule, IReadOnlyDictionary<int, int> approvals, int ballotsCounted, IReadOnlyList<QuotaGroup> quotas)
    {
        EnsureOpen();
        var round = BallotRounds.SingleOrDefault(b => b.Id == ballotRoundId && b.Title == rule.Title) ?? throw new DomainRuleException("council.ballot.unknown", "No such ballot round.");
        if (!approvals.Keys.Order().SequenceEqual(round.NominationIds) || approvals.Values.Any(v => v < 0 || v > TotalMembership) || ballotsCounted > TotalMembership)
        {
            throw new DomainRuleException("council.ballot.countInvalid", "Every nominee needs an approval count between 0 and the membership.");
        }

        var slots = quotas.Select(q => (q, q.Limit - ApprovedBefore(round, q))).ToList();
        round.Close(ballotsCounted, BallotCount.Decide(approvals, TotalMembership, rule.VoteThreshold, slots));
    }

    /// <summary>After the last round, the chair gives a unit's remaining places to some of those still tied.</summary>
    public void BreakTie(string chairUserId, AwardTitle title, IReadOnlyCollection<int> picked, IReadOnlyList<QuotaGroup> quotas)
    {
        EnsureOpen();
        if (AttendeeOf(chairUserId) is not { Role: CouncilRole.Chair, Present: true })
        {
            throw new DomainRuleException("council.tie.chairOnly", "Only the chair, present, breaks a tie.");
        }

        var last = LastRound(title);
        var tied = last?.Tied.ToHashSet() ?? [];
        if (last is not { IsClosed: true, Number: MaxBallotRounds } || tied.Count == 0 || !picked.All(tied.Contains))
        {
            throw new DomainRuleException("council.tie.none", "Ties go to a second round first; only those still tied can be picked.");
        }

        foreach (var group in quotas.Where(q => q.NominationIds.Any(tied.Contains)))
        {
            if (picked.Count(group.NominationIds.Contains) != group.Limit - ApprovedBefore(last, group) - last.Tallies.Count(t => t.Result == VoteResult.Approved && group.NominationIds.Contains(t.NominationId)))
            {
                throw new DomainRuleException("council.tie.places", "Pick exactly as many as the unit has places left.");
            }
        }

        last.Tallies.Where(t => tied.Contains(t.NominationId)).ToList().ForEach(t => t.DecideByChair(picked.Contains(t.NominationId)));
    }

    /// <summary>Closes the session once every nominee on the agenda was voted on; a tie that stayed is the competent person's.</summary>
    public IReadOnlyDictionary<int, CouncilOutcome> Close(IReadOnlyCollection<int> agenda)
    {
        EnsureOpen();
        var outcomes = Outcomes();
        if (OpenBallotRound is not null || !agenda.All(outcomes.ContainsKey))
        {
            throw new DomainRuleException("council.session.agendaNotVoted", "Every nominee on the agenda is voted on before the session closes.");
        }

        Status = SessionStatus.Closed;
        return outcomes;
    }

    /// <summary>Each voted nominee's outcome so far, from the last round that counted it.</summary>
    public Dictionary<int, CouncilOutcome> Outcomes() =>
        BallotRounds.Where(b => b.IsClosed).OrderBy(b => b.Number).SelectMany(b => b.Tallies)
            .GroupBy(t => t.NominationId)
            .ToDictionary(g => g.Key, g => g.Last().Result switch
            {
                VoteResult.Approved => CouncilOutcome.Approved,
                VoteResult.Tied => CouncilOutcome.LeftToCompetentPerson,
                _ => CouncilOutcome.Rejected,
            });

    private BallotRound? LastRound(AwardTitle title) => BallotRounds.Where(b => b.Title == title).MaxBy(b => b.Number);

    /// <summary>Places of the group taken by nominees approved in the title's earlier rounds.</summary>
    private int ApprovedBefore(BallotRound round, QuotaGroup group) =>
        BallotRounds.Where(b => b.Title == round.Title && b.Number < round.Number)
            .SelectMany(b => b.Tallies).Count(t => t.Result == VoteResult.Approved && group.NominationIds.Contains(t.NominationId));

    private void EnsureOpen()
    {
        if (Status != SessionStatus.Open)
        {
            throw new DomainRuleException("council.session.closed", "The session is closed.");
        }
    }
}
