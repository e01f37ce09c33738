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
    private static readonly TimeSpan LongestPollDelay = TimeSpan.FromMinutes(1);
    private readonly CancellationTokenSource _stop = new();
    private int _pollFailures;
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
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<CampaignDashboardPage> Log { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _stamp = await ChangeStamp.ForAsync(await CurrentUser.GetAsync(), CampaignId, _stop.Token);
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _ = PollAsync();
        }
    }

    private async Task LoadAsync()
    {
        var outcome = await Query.ForAsync(await CurrentUser.GetAsync(), CampaignId, UnitId, _stop.Token);
        _refused = outcome.Status == OutcomeStatus.Forbidden;
        _failure = outcome.Succeeded ? null : Messages.For(outcome);
        _dashboard = outcome.Value;
        _loadedAt = Clock.FactoryNow(); // factory time, like every other time shown
    }

    /// <summary>
    /// Polls until the page is left. A failed poll is logged and tried again after a growing delay (3 s doubling to a minute)
    /// while the page says the figures are not live; the first poll that works says live again.
    /// </summary>
    private async Task PollAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(PollDelay(_pollFailures), Clock, _stop.Token);
                try
                {
                    await PollOnceAsync();
                    if (_pollFailures > 0)
                    {
                        _pollFailures = 0;
                        await InvokeAsync(StateHasChanged);
                    }
                }
                catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
                {
                    _pollFailures++;
                    Log.LogWarning(e, "Dashboard poll {Failures} failed for campaign {CampaignId}; retrying", _pollFailures, CampaignId);
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left: polling stops with it.
        }
    }

    private async Task PollOnceAsync()
    {
        var stamp = await ChangeStamp.ForAsync(await CurrentUser.GetAsync(), CampaignId, _stop.Token);
        if (stamp != _stamp)
        {
            _stamp = stamp;
            await LoadAsync();
            await InvokeAsync(StateHasChanged);
        }
    }

    internal static TimeSpan PollDelay(int failures) =>
        failures == 0 ? PollEvery : TimeSpan.FromSeconds(Math.Min(LongestPollDelay.TotalSeconds, PollEvery.TotalSeconds * Math.Pow(2, failures - 1)));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
