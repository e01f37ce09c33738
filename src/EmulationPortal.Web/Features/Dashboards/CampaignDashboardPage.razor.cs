using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Dashboards;

/// <summary>
/// The drive's dashboard, kept live: the process-wide <see cref="DashboardChangeNotifier"/> pushes when the drive's
/// change stamp moved and the page re-reads the read model (one shared read per change), so changes saved by any
/// portal instance on the same database appear without a reload and no circuit runs a poll timer of its own.
/// </summary>
public sealed partial class CampaignDashboardPage
{
    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _subscription;
    private bool _notLive;
    private CampaignDashboard? _dashboard;
    private DashboardChangeStamp.Stamp? _stamp;
    private string? _failure;
    private bool _refused;
    private DateTime _loadedAt;

    [Parameter]
    public int CampaignId { get; set; }

    /// <summary>Set on /dashboard/{id}/units/{unit}: the dashboard drilled down to that unit's subtree.</summary>
    [Parameter]
    public int? UnitId { get; set; }

    [Inject]
    private CampaignDashboardQuery Query { get; set; } = default!;

    [Inject]
    private DashboardChangeStamp ChangeStamp { get; set; } = default!;

    [Inject]
    private DashboardChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _stamp = await ChangeStamp.ForAsync(await CurrentUser.GetAsync(), CampaignId, _stop.Token);
        await LoadAsync();
        if (_subscription is not null)
        {
            Subscribe(); // another drive in the same page instance
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            Subscribe();
        }
    }

    private void Subscribe()
    {
        _subscription?.Dispose();
        _subscription = Notifier.Subscribe(CampaignId, _stamp, signal => InvokeAsync(() => TakeAsync(signal)));
    }

    private async Task LoadAsync()
    {
        var outcome = await Query.ForAsync(await CurrentUser.GetAsync(), CampaignId, UnitId, _stop.Token);
        _refused = outcome.Status == OutcomeStatus.Forbidden;
        _failure = outcome.Succeeded ? null : Messages.For(outcome);
        _dashboard = outcome.Value;
        _loadedAt = Clock.FactoryNow(); // factory time, like every other time shown
    }

    /// <summary>On the circuit's dispatcher: a change re-reads the figures; "not live" and "live again" only redraw the note.</summary>
    private async Task TakeAsync(DashboardChangeNotifier.Signal signal)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _notLive = !signal.Live;
        if (signal.Changed)
        {
            await LoadAsync();
        }

        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
