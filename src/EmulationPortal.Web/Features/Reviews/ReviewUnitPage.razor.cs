using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Reviews;

/// <summary>
/// A leader's nominations: the eligible people and collectives of their subtree, each with a summary prefilled from the
/// portal's record, and the unit's quotas updated as they nominate (over-quota warns, it does not block).
/// </summary>
public sealed partial class ReviewUnitPage
{
    private ReviewRoundDetail? _round;
    private ReviewRoundDetail.UnitQuotas? _quotas;
    private readonly Dictionary<string, string> _summaries = [];
    private int _unitId;
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private Severity _severity;

    /// <summary>One eligible candidate for one title; <see cref="Key"/> tells rows apart for their edited summaries.</summary>
    private sealed record Candidate(string Key, AwardTitle Title, string Name, string? PersonId, int? UnitId, string Suggested, bool Nominated);

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ReviewRoundDetailQuery Detail { get; set; } = default!;

    [Inject]
    private NominateForTitle Nominate { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private ReviewText Text { get; set; } = default!;

    private IReadOnlyList<Candidate> Candidates { get; set; } = [];

    private IReadOnlyList<ReviewRoundDetail.NominationRow> UnitNominations =>
        _round!.Nominations.Where(n => n.NominatingUnitId == _unitId).ToList();

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var user = await CurrentUser.GetAsync();
        _unitId = user.OrgUnitId;
        _round = await Detail.ExecuteAsync(user, Id);
        _quotas = _round?.Quotas.FirstOrDefault(q => q.UnitId == _unitId);
        Candidates = _round is null ? [] : CandidatesOf(_round);
        _loading = false;
    }

    private static List<Candidate> CandidatesOf(ReviewRoundDetail round)
    {
        var standing = round.Nominations.Where(n => n.Status != NominationStatus.Returned).Select(n => (n.Title, n.PersonId ?? $"unit:{n.SubjectUnitId}")).ToHashSet();
        var people = round.People.SelectMany(p => p.Verdicts.Where(v => v.Outcome == RuleOutcome.Pass)
            .Select(v => new Candidate($"{p.UserId}/{v.Title}", v.Title, p.FullName, p.UserId, null, p.SuggestedSummary, standing.Contains((v.Title, p.UserId)))));
        var units = round.Collectives.SelectMany(c => c.Verdicts.Where(v => v.Outcome == RuleOutcome.Pass)
            .Select(v => new Candidate($"{c.Code}/{v.Title}", v.Title, c.Name, null, c.UnitId, string.Empty, standing.Contains((v.Title, $"unit:{c.UnitId}")))));
        return people.Concat(units).OrderBy(c => c.Title).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }

    private string SummaryOf(Candidate candidate) => _summaries.GetValueOrDefault(candidate.Key, candidate.Suggested);

    private async Task NominateAsync(Candidate candidate)
    {
        _busy = true;
        try
        {
            var request = new NominateForTitle.Request { RoundId = Id, Title = candidate.Title, PersonId = candidate.PersonId, UnitId = candidate.UnitId, Summary = SummaryOf(candidate) };
            var outcome = await CurrentUser.ActAsync(user => Nominate.ExecuteAsync(user, request));
            (_message, _severity) = outcome.Succeeded
                ? (L["Review.NominatedOne", candidate.Name, Text.Title(candidate.Title)].Value, Severity.Success)
                : (outcome.Errors.Count > 0 ? Messages.For(outcome.Errors[0]) : Messages.For(outcome), Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
