using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Council;

/// <summary>A council session: attendance and quorum, each title's vote, closing, and a voter's receipt check.</summary>
public sealed partial class CouncilSessionPage
{
    private CouncilSessionView? _session;
    private bool _loading = true;
    private PageSteps _steps = default!;
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

    protected override void OnInitialized() => _steps = new(Messages, LoadAsync);

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _session = await Query.ExecuteAsync(await CurrentUser.GetAsync(), Id);
        _loading = false;
    }

    private Task SetAttendanceAsync(int attendeeId, bool present) => StepAsync(user => Run.SetAttendanceAsync(user, Id, _session!.Version, attendeeId, present));

    private Task CloseSessionAsync() => StepAsync(user => Run.CloseSessionAsync(user, Id, _session!.Version));

    /// <summary>A step of the page's or of a panel's (an <see cref="EventCallback"/>, so this page re-renders after it).</summary>
    private async Task StepAsync(Func<ICurrentUser, Task<Outcome>> step) =>
        await _steps.RunAsync(() => CurrentUser.ActAsync(step), L["Council.Saved"]);

    private Task OnChangedAsync(Outcome outcome) => _steps.ShowAsync(outcome, L["Council.Saved"]);

    private async Task CheckReceiptAsync() =>
        _receiptCounted = !string.IsNullOrWhiteSpace(_receiptCode) && await Query.IsCountedAsync(Id, _receiptCode);
}
