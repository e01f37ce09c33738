using EmulationPortal.Application.Pledges;

namespace EmulationPortal.Web.Features.Pledges;

/// <summary>What the autosave of a draft is doing, as the page shows it.</summary>
public enum DraftSaveState
{
    /// <summary>Nothing typed since the pledge was loaded or last stored.</summary>
    Saved,

    /// <summary>A change waits for the two quiet seconds before it is stored.</summary>
    Pending,

    Saving,

    /// <summary>The draft cannot be stored as it is (a value out of range): the user is told which field.</summary>
    NotStorable,

    /// <summary>The last save failed unexpectedly; it is tried again with a growing delay.</summary>
    Retrying,

    /// <summary>The pledge changed elsewhere or can no longer change: autosave stops, the page says why.</summary>
    Stopped,
}

/// <summary>What one save of the page's draft came to, as the session needs to know it.</summary>
public enum DraftSaveResult
{
    Stored,

    /// <summary>Nothing stored; the edits stay pending (refused by validation, shown next to the fields).</summary>
    NotStored,

    /// <summary>Nothing stored and autosave must not try again (a conflict, a closed drive).</summary>
    Stop,
}

/// <summary>
/// The editing session of one pledge page, without Blazor: autosaves the draft two seconds after the last change, one save
/// at a time (an autosave never overlaps a Submit or a Withdraw), flushes a pending change when the user leaves, and retries
/// a save that failed unexpectedly with a back-off instead of losing it. The intent of every save is an argument, so an
/// autosave can never turn a Submit clicked meanwhile into a draft.
/// </summary>
public sealed partial class PledgeEditSession : IAsyncDisposable
{
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(30);

    // Never disposed: SemaphoreSlim holds no unmanaged handle unless AvailableWaitHandle is used, and a timer tick that races
    // the page's disposal must still find it usable.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<PledgeIntent, Task<DraftSaveResult>> _save;
    private readonly ILogger _log;
    private readonly ITimer _timer;
    private long _changes;
    private long _stored;
    private int _failures;
    private bool _disposed;

    /// <param name="save">Saves the page's draft with the given intent; runs one at a time.</param>
    public PledgeEditSession(TimeProvider clock, Func<PledgeIntent, Task<DraftSaveResult>> save, ILogger log)
    {
        _save = save;
        _log = log;
        _timer = clock.CreateTimer(_ => _ = TickAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised whenever <see cref="State"/> changes, possibly off the page's dispatcher.</summary>
    public event Action? StateChanged;

    public DraftSaveState State { get; private set; }

    /// <summary>Something typed is not stored yet (leaving the page now would lose it).</summary>
    public bool HasUnsavedChanges => _changes != _stored;

    /// <summary>The user changed a field: restart the two-second wait.</summary>
    public void Changed()
    {
        _changes++;
        if (_disposed || State == DraftSaveState.Stopped)
        {
            return;
        }

        _failures = 0;
        Arm(AutosaveDelay, DraftSaveState.Pending);
    }

    /// <summary>The page loaded a (new) pledge: nothing is pending any more and autosave may run again.</summary>
    public void Reset()
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _stored = _changes;
        _failures = 0;
        SetState(DraftSaveState.Saved);
    }

    /// <summary>Stores a pending change now instead of after the wait: the user is leaving the page.</summary>
    public async Task FlushAsync()
    {
        if (HasUnsavedChanges && State != DraftSaveState.Stopped)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            await AutosaveAsync();
        }
    }

    /// <summary>
    /// Runs a save the user asked for (Save draft, Submit, Amend, Withdraw) after any running autosave, instead of a pending
    /// one: it takes the pending edit with it. When it stores nothing, the edit stays pending and is autosaved as a draft.
    /// </summary>
    public async Task<DraftSaveResult> RunAsync(Func<Task<DraftSaveResult>> action)
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await _gate.WaitAsync();
        try
        {
            var at = _changes;
            var result = await action();
            Settle(result, at);
            if (result == DraftSaveResult.NotStored && HasUnsavedChanges)
            {
                Arm(AutosaveDelay, DraftSaveState.Pending); // a refused Submit still keeps the draft as typed
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task TickAsync()
    {
        if (_disposed)
        {
            return; // a tick that fired as the page went away: the disposal flushes instead
        }

        try
        {
            await AutosaveAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A timer callback has no caller to observe it: anything that escapes is logged here rather than lost.
            LogTickFailed(_log, e);
        }
    }

    private async Task AutosaveAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!HasUnsavedChanges || State == DraftSaveState.Stopped)
            {
                return;
            }

            var at = _changes;
            SetState(DraftSaveState.Saving);
            try
            {
                Settle(await _save(PledgeIntent.SaveDraft), at);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _failures++;
                var delay = RetryDelay(_failures);
                LogSaveFailed(_log, e, _failures, delay);
                Arm(delay, DraftSaveState.Retrying);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Settle(DraftSaveResult result, long at)
    {
        switch (result)
        {
            case DraftSaveResult.Stored:
                _stored = at;
                _failures = 0;
                if (HasUnsavedChanges)
                {
                    Arm(AutosaveDelay, DraftSaveState.Pending); // typed while the save ran
                }
                else
                {
                    SetState(DraftSaveState.Saved);
                }

                break;
            case DraftSaveResult.Stop:
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                SetState(DraftSaveState.Stopped);
                break;
            default:
                SetState(HasUnsavedChanges ? DraftSaveState.NotStorable : DraftSaveState.Saved);
                break;
        }
    }

    /// <summary>2, 4, 8, 16 then 30 seconds: a database that is briefly away is not hammered, and the draft is not given up.</summary>
    internal static TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromSeconds(Math.Min(LongestRetryDelay.TotalSeconds, AutosaveDelay.TotalSeconds * Math.Pow(2, failures - 1)));

    private void Arm(TimeSpan delay, DraftSaveState state)
    {
        if (!_disposed)
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }

        SetState(state);
    }

    private void SetState(DraftSaveState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke();
        }
    }

    /// <summary>Stops the timer and stores a pending change: closing the tab or leaving the circuit must not drop the last edit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await FlushAsync();
        }
        finally
        {
            await _timer.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autosaving a pledge draft failed (attempt {Failures}); retrying in {Delay}")]
    private static partial void LogSaveFailed(ILogger log, Exception e, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "An autosave tick of a pledge draft failed")]
    private static partial void LogTickFailed(ILogger log, Exception e);
}
