using Bunit;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Application.Data;
using EmulationPortal.Web.Features.Dashboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EmulationPortal.Web.Tests.Dashboards;

/// <summary>
/// The process's change notifier reads the open dashboards' stamps on the clock and pushes to the page. While the stamp
/// cannot be read the page says it is not live; the notifier logs each failure and tries again after 3 s, 6 s, 12 s…;
/// the first read that works makes the page live again.
/// The clock records every delay the page asks for, so the test advances exactly when the page is waiting.
/// </summary>
public class DashboardPollingTests : PortalPageTest
{
    private const string Live = "Số liệu tự cập nhật";
    private const string NotLive = "Tạm thời không cập nhật được số liệu";
    private readonly DelayRecordingClock _clock = new();
    private readonly CapturingLogger _log = new();
    private SwitchableFactory _stampDatabase = default!;

    protected override void RegisterPageServices()
    {
        _stampDatabase = new SwitchableFactory(Database.DbFactory);
        Forward<CampaignDashboardQuery>();
        Services.AddTransient(_ => new DashboardChangeStamp(_stampDatabase));
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton(_ => new DashboardChangeNotifier(_stampDatabase, _clock, _log));
    }

    [Fact]
    public void A_failing_stamp_makes_the_page_not_live_retries_after_a_doubling_delay_and_recovers()
    {
        var page = Render<CampaignDashboardPage>(p => p.Add(d => d.CampaignId, 1));
        page.WaitForAssertion(() => Assert.Contains(Live, page.Markup, StringComparison.Ordinal));
        WaitForDelay(1);

        _stampDatabase.Failing = true;
        for (var failures = 1; failures <= 3; failures++)
        {
            _clock.Advance(_clock.Delays[^1]);
            WaitForDelay(failures + 1);
            page.WaitForAssertion(() => Assert.Contains(NotLive, page.Markup, StringComparison.Ordinal));
        }

        Assert.Equal([3, 3, 6, 12], _clock.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(3, _stampDatabase.Refused);
        Assert.Equal(3, _log.Warnings);

        _stampDatabase.Failing = false;
        _clock.Advance(_clock.Delays[^1]);
        WaitForDelay(5);

        page.WaitForAssertion(() => Assert.Contains(Live, page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(NotLive, page.Markup, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(3), _clock.Delays[^1]); // back to the normal pace
    }

    /// <summary>Until the notifier waits for its next read: only then does advancing the clock run that read.</summary>
    private void WaitForDelay(int count) =>
        Assert.True(SpinWait.SpinUntil(() => _clock.Delays.Count >= count, TimeSpan.FromSeconds(20)), $"The notifier never waited for read {count}.");

    /// <summary>
    /// A fake clock that keeps every one-shot delay asked of it: Task.Delay creates one such timer per wait (MudBlazor's
    /// own timers are periodic and left out).
    /// </summary>
    private sealed class DelayRecordingClock : TimeProvider
    {
        private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2021, 1, 12, 3, 0, 0, TimeSpan.Zero));
        private readonly List<TimeSpan> _delays = [];

        public IReadOnlyList<TimeSpan> Delays
        {
            get
            {
                lock (_delays)
                {
                    return [.. _delays];
                }
            }
        }

        public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

        public override long TimestampFrequency => _fake.TimestampFrequency;

        public void Advance(TimeSpan delta) => _fake.Advance(delta);

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override long GetTimestamp() => _fake.GetTimestamp();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (period == Timeout.InfiniteTimeSpan)
            {
                lock (_delays)
                {
                    _delays.Add(dueTime);
                }
            }

            return _fake.CreateTimer(callback, state, dueTime, period);
        }
    }

    /// <summary>The stamp's database, which can be made to refuse connections as a database that went away does.</summary>
    private sealed class SwitchableFactory(IDbContextFactory<PortalDbContext> inner) : IDbContextFactory<PortalDbContext>
    {
        private int _refused;
        private bool _failing;

        public bool Failing
        {
            get => Volatile.Read(ref _failing);
            set => Volatile.Write(ref _failing, value);
        }

        public int Refused => _refused;

        public PortalDbContext CreateDbContext()
        {
            if (Failing)
            {
                Interlocked.Increment(ref _refused);
                throw new InvalidOperationException("The database is unreachable.");
            }

            return inner.CreateDbContext();
        }
    }

    private sealed class CapturingLogger : ILogger<DashboardChangeNotifier>
    {
        private int _warnings;

        public int Warnings => _warnings;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning && exception is InvalidOperationException)
            {
                Interlocked.Increment(ref _warnings);
            }
        }
    }
}
