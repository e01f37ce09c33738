using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Initiatives;

/// <summary>One initiative as its page shows it, with what the current user may do with it.</summary>
public sealed record InitiativeDetail(
    int Id,
    Guid Version,
    string? Code,
    string Title,
    string Problem,
    string Solution,
    string AppliedAt,
    DateOnly AppliedSince,
    double? SavingVnd,
    double? SavingHours,
    string UnitName,
    InitiativeState State,
    InitiativeScope? Scope,
    string? RejectionReason,
    DateOnly? FiledOn,
    DateOnly? DecidedOn,
    string? ConsumedFor,
    int? ConsumedByDecisionId,
    int? CountedInCampaignId,
    IReadOnlyList<InitiativeDetail.Author> Authors,
    InitiativeDetail.Council? Judging,
    InitiativeDetail.Permissions May)
{
    public sealed record Author(string UserId, string FullName, double Share);

    /// <summary>The judging council's members, whether each sits (authors do not) and how each voted.</summary>
    public sealed record Council(string UnitName, IReadOnlyList<Member> Members, int Sitting, int Agreeing, int Needed);

    public sealed record Member(string UserId, string FullName, bool IsAuthor, bool? Agrees, int? Score);

    /// <summary><see cref="VoteAs"/>: the member the current user votes as (themselves), when they sit on it.</summary>
    public sealed record Permissions(bool Edit, bool StartEvaluation, bool RecordVotes, bool Conclude, string? VoteAs);
}
