using EmulationPortal.Domain.Council;

namespace EmulationPortal.Application.Council;

/// <summary>A unit's council over all terms, and the people who may be seated on it.</summary>
public sealed record CouncilRoster(int UnitId, string UnitName, IReadOnlyList<CouncilRoster.Seat> Members, IReadOnlyList<CouncilRoster.Person> Candidates)
{
    /// <summary><see cref="ServesToday"/>: counted in the total membership of a session held today.</summary>
    public sealed record Seat(int Id, string UserId, string FullName, string Email, CouncilRole Role, DateOnly TermFrom, DateOnly TermTo, bool ServesToday, Guid Version);

    public sealed record Person(string UserId, string FullName, string Email, string Unit);
}
