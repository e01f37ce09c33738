using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// One process-wide copy of each drive's dashboard facts (every active participating unit, not yet cut to what a
/// viewer may see), kept behind the drive's <see cref="DashboardChangeStamp.Stamp"/>: however many dashboards are open
/// on a drive, a change costs one read of the figures; viewers asking with the same stamp share that read (even while
/// it is running) and each only cuts the facts to its own units. A newer stamp replaces the drive's entry.
/// </summary>
public sealed class DashboardFactsCache
{
    private readonly ConcurrentDictionary<int, Entry> _drives = new();
    private readonly ConditionalWeakTable<DashboardFacts, ConcurrentDictionary<string, Lazy<CampaignDashboard>>> _views = new();
    private long _loads;

    /// <summary>How many times the facts were read from the store: what the one-read-per-change test counts.</summary>
    public long Loads => Interlocked.Read(ref _loads);

    internal Task<DashboardFacts?> GetAsync(int campaignId, DashboardChangeStamp.Stamp stamp, Func<Task<DashboardFacts?>> load)
    {
        while (true)
        {
            if (_drives.TryGetValue(campaignId, out var current) && current.Stamp == stamp && !current.Facts.Value.IsFaulted)
            {
                return current.Facts.Value;
            }

            var fresh = new Entry(stamp, new Lazy<Task<DashboardFacts?>>(() => Count(load)));
            var won = current is null ? _drives.TryAdd(campaignId, fresh) : _drives.TryUpdate(campaignId, fresh, current);
            if (won)
            {
                return fresh.Facts.Value;
            }
        }
    }

    /// <summary>
    /// The rolled-up dashboard for one view of these facts (the viewer's units and the day), built once and shared by
    /// every viewer with the same view: admins and the political department all see every unit. Kept as long as the facts are.
    /// </summary>
    internal CampaignDashboard View(DashboardFacts facts, string view, Func<CampaignDashboard> build) =>
        _views.GetOrCreateValue(facts).GetOrAdd(view, _ => new Lazy<CampaignDashboard>(build)).Value;

    private Task<DashboardFacts?> Count(Func<Task<DashboardFacts?>> load)
    {
        Interlocked.Increment(ref _loads);
        return load();
    }

    private sealed record Entry(DashboardChangeStamp.Stamp Stamp, Lazy<Task<DashboardFacts?>> Facts);
}
