using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Reviews;

/// <summary>A round: everyone's verdicts within the user's reach with their reasons, quotas, nominations and the rules applied.</summary>
public sealed partial class ReviewRoundPage
{
    private ReviewRoundDetail? _round;
    private readonly HashSet<string> _expanded = [];
    private string? _search;
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private Severity _severity;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ReviewRoundDetailQuery Detail { get; set; } = default!;

    [Inject]
    private AdvanceReviewRound Advance { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private ReviewText Text { get; set; } = default!;

    private IReadOnlyList<AwardTitle> IndividualTitles => _round!.Titles.Where(t => t.Subject == TitleSubject.Individual).Select(t => t.Title).ToList();

    private IReadOnlyList<AwardTitle> CollectiveTitles => _round!.Titles.Where(t => t.Subject == TitleSubject.Collective).Select(t => t.Title).ToList();

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _round = await Detail.ExecuteAsync(await CurrentUser.GetAsync(), Id);
        _loading = false;
    }

    private void Toggle(string key)
    {
        if (!_expanded.Remove(key))
        {
            _expanded.Add(key);
        }
    }

    private bool MatchesSearch(ReviewRoundDetail.PersonRow row) =>
        string.IsNullOrWhiteSpace(_search)
        || SearchText.Fold(row.FullName).Contains(SearchText.Fold(_search), StringComparison.Ordinal)
        || (row.StaffCode?.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);

    private async Task AdvanceAsync()
    {
        _busy = true;
        try
        {
            var outcome = await CurrentUser.ActAsync(user => Advance.ExecuteAsync(user, Id, _round!.Version));
            (_message, _severity) = outcome.Succeeded ? (L["Review.Advanced", Text.Status(_round!.Status + 1)].Value, Severity.Success) : (Messages.For(outcome), Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
