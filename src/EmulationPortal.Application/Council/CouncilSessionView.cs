using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Council;

/// <summary>A session as the council, the political department and the minutes see it; counts show once a round is closed.</summary>
public sealed record CouncilSessionView(
    int Id,
    int RoundId,
    string RoundName,
    string UnitName,
    DateOnly Day,
    SessionStatus Status,
    Guid Version,
    Figure Quorum,
    bool HasQuorum,
    IReadOnlyList<CouncilSessionView.Attendee> Attendees,
    IReadOnlyList<CouncilSessionView.AgendaItem> Agenda,
    IReadOnlyList<CouncilSessionView.Round> Rounds,
    CouncilSessionView.Viewer Me)
{
    public int TotalMembership => Attendees.Count;
    public int PresentCount => Attendees.Count(a => a.Present);
    public Round? OpenRound => Rounds.SingleOrDefault(r => !r.IsClosed);

    public sealed record Attendee(int Id, string FullName, CouncilRole Role, bool Present);

    public sealed record Nominee(int NominationId, string Name, string NominatingUnit, CouncilOutcome Outcome);

    /// <summary>A title's nominees and how the council votes on it.</summary>
    public sealed record AgendaItem(TitleRule Rule, IReadOnlyList<Nominee> Nominees);

    /// <summary><see cref="Voted"/> are the members who voted (never how); <see cref="Tallies"/> is empty while the round is open.</summary>
    public sealed record Round(int Id, AwardTitle Title, int Number, bool Secret, bool IsClosed, int BallotsCounted, IReadOnlyList<int> NominationIds,
        IReadOnlySet<int> Voted, IReadOnlySet<int> VotedInWriting, IReadOnlyList<NomineeTally> Tallies);

    /// <summary>The user's seat: the chair and the secretary run the session; a present member votes.</summary>
    public sealed record Viewer(int? AttendeeId, CouncilRole? Role, bool Runs)
    {
        public bool IsChair => Role == CouncilRole.Chair;
        public bool IsSecretary => Role == CouncilRole.Secretary;
    }
}
