using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews;

/// <summary>A round as one user may see it: the rules it applies, the verdicts in their reach, quotas and nominations.</summary>
public sealed record ReviewRoundDetail(
    int Id,
    string Name,
    int Year,
    ReviewRoundStatus Status,
    Guid Version,
    string ScopeUnit,
    string RuleSetName,
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<TitleRule> Titles,
    IReadOnlyList<ReviewRoundDetail.PersonRow> People,
    IReadOnlyList<ReviewRoundDetail.CollectiveRow> Collectives,
    IReadOnlyList<ReviewRoundDetail.UnitQuotas> Quotas,
    IReadOnlyList<ReviewRoundDetail.NominationRow> Nominations,
    bool MayManage)
{
    public sealed record PersonRow(string UserId, string FullName, string? StaffCode, string Unit, DutyRating? Rating, IReadOnlyList<PledgeFact> Pledges, int Recognitions, IReadOnlyList<Verdict> Verdicts, string SuggestedSummary)
    {
        /// <summary>The person's recognised initiatives (from the register), shown as evidence beside the verdicts.</summary>
        public IReadOnlyList<InitiativeFact> Initiatives { get; init; } = [];
    }

    public sealed record CollectiveRow(int UnitId, string Code, string Name, DutyRating? Rating, int Members, IReadOnlyList<Verdict> Verdicts);

    public sealed record UnitQuotas(int UnitId, string Unit, IReadOnlyList<Quota> Quotas);

    /// <summary>When the proposed list is published to the scope, and whether today falls in that period (comments are taken).</summary>
    public Disclosure? Publication { get; init; }

    /// <summary>The disclosure comments the user may read: all of them for the political department, their own for everyone else.</summary>
    public IReadOnlyList<CommentRow> Comments { get; init; } = [];

    /// <summary>The files attached to each nomination, by nomination id: for the political department, which decides on them here.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<NominationFile>> NominationFiles { get; init; } = new Dictionary<int, IReadOnlyList<NominationFile>>();

    public sealed record NominationFile(int Id, string FileName);

    public sealed record Disclosure(DateOnly From, DateOnly Until, int WorkingDays, bool Open);

    public sealed record CommentRow(int Id, int NominationId, string Subject, AwardTitle Title, string Author, CommentKind Kind, string Text, DateTime AtUtc);

    public sealed record NominationRow(int Id, AwardTitle Title, string? PersonId, int SubjectUnitId, int NominatingUnitId, string Subject, string NominatingUnit, string Summary, NominationStatus Status, string? ReturnReason, bool OverQuota, Guid Version);
}
