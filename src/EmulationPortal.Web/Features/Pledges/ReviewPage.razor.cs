using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Pledges;

/// <summary>The reviewer's queue: accept one, accept the selected rows together, or return one with a reason.</summary>
public sealed partial class ReviewPage
{
    private IReadOnlyList<ReviewQueueQuery.Row>? _rows;
    private HashSet<ReviewQueueQuery.Row> _selected = [];
    private bool _denied;
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity;

    [Inject]
    private ReviewQueueQuery Queue { get; set; } = default!;

    [Inject]
    private AcceptPledges Accept { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var outcome = await Queue.ForAsync(await CurrentUser.GetAsync());
        _denied = !outcome.Succeeded;
        _rows = outcome.Value ?? [];
        _selected = [];
    }

    private Task AcceptSelectedAsync() => AcceptAsync(_selected.ToList());

    private async Task AcceptAsync(IReadOnlyCollection<ReviewQueueQuery.Row> rows)
    {
        _busy = true;
        try
        {
            var outcome = await CurrentUser.ActAsync(user => Accept.ExecuteAsync(user, rows.Select(r => new AcceptPledges.Reviewed(r.PledgeId, r.Version)).ToList()));
            if (outcome.Succeeded)
            {
                Show(L["Review.Accepted", rows.Count], Severity.Success);
            }
            else
            {
                Show(Messages.For(outcome), Severity.Error);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReturnAsync(ReviewQueueQuery.Row row)
    {
        var parameters = new DialogParameters<ReturnPledgeDialog> { { d => d.Row, row } };
        var dialog = await Dialogs.ShowAsync<ReturnPledgeDialog>(L["Review.ReturnTitle", row.Who], parameters);
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Show(L["Review.Returned", row.Who], Severity.Info);
            await LoadAsync();
        }
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }
}
