using System.Collections.Concurrent;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// One per process: reads the change stamps of every drive that has an open dashboard in one query every 3 s and pushes
/// to the dashboards whose drive changed, instead of a poll timer and a query per circuit. A push carries no figures
/// (each dashboard reads them through its use case, so access is decided there); a failed read is logged, pushed as
/// "not live" and tried again after 3 s doubling to a minute; the first read that works pushes "live" again.
/// </summary>
public sealed class DashboardChangeNotifier(
    IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<DashboardChangeNotifier> log) : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _start = new();
    private Task? _loop;
    private int _failures;
    private long _reads;
    private int _disposed;

    /// <summary>What a dashboard is told: its drive changed, or the figures are (not) live.</summary>
    public sealed record Signal(bool Changed, bool Live);

    /// <summary>How many times the stamps were read: one per tick however many dashboards are open.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>
    /// Pushes to <paramref name="onSignal"/> until disposed. <paramref name="seen"/> is the stamp the dashboard was read
    /// at, so a change saved between that read and the first tick is pushed too.
    /// </summary>
    public IDisposable Subscribe(int campaignId, DashboardChangeStamp.Stamp? seen, Func<Signal, Task> onSignal)
    {
        var subscription = new Subscription(this, campaignId, seen, onSignal);
        _subscriptions.TryAdd(subscription, 0);
        lock (_start)
        {
            _loop ??= Task.Run(LoopAsync);
        }

        return subscription;
    }

    /// <summary>One read of every subscribed drive's stamp and the pushes it calls for; the loop's step, and the tests'.</summary>
    internal async Task TickAsync(CancellationToken ct)
    {
        var open = _subscriptions.Keys.ToList();
        if (open.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _reads);
        Dictionary<int, DashboardChangeStamp.Stamp> stamps;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            stamps = await DashboardChangeStamp.ReadAsync(db, open.Select(s => s.CampaignId).Distinct().ToList(), ct);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            _failures++;
            log.LogWarning(e, "Dashboard change read {Failures} failed for {Count} open dashboards; retrying", _failures, open.Count);
            Push(open, _ => new Signal(false, false));
            return;
        }

        var recovered = _failures > 0;
        _failures = 0;
        Push(open, s => s.Advance(stamps.GetValueOrDefault(s.CampaignId)) is var moved && (moved || recovered) ? new Signal(moved, true) : null);
    }

    internal static TimeSpan DelayAfter(int failures) =>
        failures == 0 ? Every : TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, Every.TotalSeconds * Math.Pow(2, failures - 1)));

    private async Task LoopAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(DelayAfter(_failures), clock, _stop.Token);
                await TickAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The process is stopping.
        }
    }

    /// <summary>Every dashboard is told on its own: one slow circuit does not hold up the others nor the next tick.</summary>
    private void Push(List<Subscription> open, Func<Subscription, Signal?> signalFor)
    {
        foreach (var subscription in open)
        {
            if (signalFor(subscription) is { } signal)
            {
                _ = subscription.PushAsync(signal, log);
            }
        }
    }

    /// <summary>Idempotent: a container that hands the singleton out through a factory may dispose it twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        _stop.Dispose();
    }

    private sealed class Subscription(DashboardChangeNotifier owner, int campaignId, DashboardChangeStamp.Stamp? seen, Func<Signal, Task> onSignal) : IDisposable
    {
        private DashboardChangeStamp.Stamp? _seen = seen;

        public int CampaignId => campaignId;

        /// <summary>True when the drive's stamp moved since this dashboard last saw it.</summary>
        public bool Advance(DashboardChangeStamp.Stamp? stamp)
        {
            var moved = stamp != _seen;
            _seen = stamp;
            return moved;
        }

        public async Task PushAsync(Signal signal, ILogger log)
        {
            try
            {
                await onSignal(signal);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning(e, "A dashboard of campaign {CampaignId} failed to take a change", campaignId);
            }
        }

        public void Dispose() => owner._subscriptions.TryRemove(this, out _);
    }
}
