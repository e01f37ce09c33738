using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Council;

/// <summary>A council session: attendance and quorum, each title's vote, closing, and a voter's receipt check.</summary>
public sealed partial class CouncilSessionPage
{
    private CouncilSessionView? _session;
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private Severity _severity;
    private string? _receiptCode;
    private bool? _receiptCounted;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private CouncilSessionQuery Query { get; set; } = default!;

    [Inject]
    private RunCouncilSession Run { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _session = await Query.ExecuteAsync(await CurrentUser.GetAsync(), Id);
        _loading = false;
    }

    private Task SetAttendanceAsync(int attendeeId, bool present) => StepAsync(user => Run.SetAttendanceAsync(user, Id, _session!.Version, attendeeId, present));

    private Task CloseSessionAsync() => StepAsync(user => Run.CloseSessionAsync(user, Id, _session!.Version));

    private async Task StepAsync(Func<ICurrentUser, Task<Outcome>> step)
    {
        _busy = true;
        try
        {
            await OnChangedAsync(await CurrentUser.ActAsync(step));
        }
        finally
        {
            _busy = false;

            // A step may come from a panel's button (a plain delegate, not an EventCallback): only the panel would re-render.
            StateHasChanged();
        }
    }

    private async Task OnChangedAsync(Outcome outcome)
    {
        (_message, _severity) = outcome.Succeeded ? (L["Council.Saved"].Value, Severity.Success) : (Messages.For(outcome), Severity.Error);
        await LoadAsync();
    }

    private async Task CheckReceiptAsync() =>
        _receiptCounted = !string.IsNullOrWhiteSpace(_receiptCode) && await Query.IsCountedAsync(Id, _receiptCode);
}
