using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Dashboards;

/// <summary>
/// The drive's dashboard, kept live: every few seconds it reads the cheap change stamp and re-reads the read model only
/// when the stamp moved, so changes saved by any portal instance on the same database appear without a reload.
/// </summary>
public sealed partial class CampaignDashboardPage
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(3);
    private readonly CancellationTokenSource _stop = new();
    private PeriodicTimer? _timer;
    private ICurrentUser _user = default!;
    private CampaignDashboard? _dashboard;
    private DashboardChangeStamp.Stamp? _stamp;
    private string? _failure;
    private bool _refused;
    private DateTime _loadedAt;

    [Parameter]
    public int CampaignId { get; set; }

    [Inject]
    private CampaignDashboardQuery Query { get; set; } = default!;

    [Inject]
    private DashboardChangeStamp ChangeStamp { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<CampaignDashboardPage> Log { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user = await CurrentUser.GetAsync();
        _stamp = await ChangeStamp.ForAsync(_user, CampaignId, _stop.Token);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _timer = new PeriodicTimer(PollEvery);
            _ = PollAsync(_timer);
        }
    }

    private async Task LoadAsync()
    {
        var outcome = await Query.ForAsync(_user, CampaignId, _stop.Token);
        _refused = outcome.Status == OutcomeStatus.Forbidden;
        _failure = outcome.Succeeded ? null : Messages.For(outcome);
        _dashboard = outcome.Value;
        _loadedAt = Clock.GetLocalNow().DateTime;
    }

    private async Task PollAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var stamp = await ChangeStamp.ForAsync(_user, CampaignId, _stop.Token);
                if (stamp != _stamp)
                {
                    _stamp = stamp;
                    await LoadAsync();
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left: the timer stops with it.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failed poll must not take the circuit down; the figures stay as last read.
            Log.LogWarning(e, "Dashboard polling stopped for campaign {CampaignId}", CampaignId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _timer?.Dispose();
        _stop.Dispose();
    }
}
