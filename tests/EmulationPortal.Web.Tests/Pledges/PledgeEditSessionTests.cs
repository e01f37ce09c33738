using EmulationPortal.Application.Pledges;
using EmulationPortal.Web.Features.Pledges;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EmulationPortal.Web.Tests.Pledges;

public class PledgeEditSessionTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<PledgeIntent> _saves = [];
    private readonly Queue<Func<Task<DraftSaveResult>>> _answers = new();

    private PledgeEditSession NewSession() => new(_clock, intent =>
    {
        _saves.Add(intent);
        return _answers.Count > 0 ? _answers.Dequeue()() : Task.FromResult(DraftSaveResult.Stored);
    }, NullLogger.Instance);

    [Fact]
    public async Task A_change_is_stored_as_a_draft_two_quiet_seconds_after_the_last_edit()
    {
        await using var session = NewSession();

        session.Changed();
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        session.Changed();
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Empty(_saves);

        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal([PledgeIntent.SaveDraft], _saves);
        Assert.False(session.HasUnsavedChanges);
        Assert.Equal(DraftSaveState.Saved, session.State);
    }

    [Fact]
    public async Task Leaving_before_the_wait_is_over_stores_the_pending_edit()
    {
        await using var session = NewSession();
        session.Changed();

        await session.FlushAsync();

        Assert.Equal([PledgeIntent.SaveDraft], _saves);
        Assert.False(session.HasUnsavedChanges);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Single(_saves); // the timer was stopped: not saved twice
    }

    [Fact]
    public async Task Disposing_the_page_stores_the_pending_edit_and_no_tick_runs_after()
    {
        var session = NewSession();
        session.Changed();

        await session.DisposeAsync();
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([PledgeIntent.SaveDraft], _saves);
    }

    [Fact]
    public async Task A_failed_autosave_is_retried_with_a_growing_delay_and_says_so()
    {
        await using var session = NewSession();
        _answers.Enqueue(() => throw new InvalidOperationException("database away"));
        _answers.Enqueue(() => throw new InvalidOperationException("database away"));

        session.Changed();
        _clock.Advance(PledgeEditSession.AutosaveDelay);
        Assert.Equal(DraftSaveState.Retrying, session.State);
        Assert.True(session.HasUnsavedChanges);

        _clock.Advance(TimeSpan.FromSeconds(2)); // first retry after 2 s fails again
        Assert.Equal(2, _saves.Count);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, _saves.Count); // the second retry waits 4 s
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(3, _saves.Count);
        Assert.Equal(DraftSaveState.Saved, session.State);
        Assert.False(session.HasUnsavedChanges);
    }

    [Fact]
    public void The_retry_delay_doubles_up_to_thirty_seconds() =>
        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(n => PledgeEditSession.RetryDelay(n).TotalSeconds));

    [Fact]
    public async Task A_submit_waits_for_a_running_autosave_and_keeps_its_own_intent()
    {
        await using var session = NewSession();
        var release = new TaskCompletionSource<DraftSaveResult>();
        _answers.Enqueue(() => release.Task);
        session.Changed();
        _clock.Advance(PledgeEditSession.AutosaveDelay); // the autosave is now running and holds the session

        var submitRan = false;
        var submit = session.RunAsync(() =>
        {
            submitRan = true;
            return Task.FromResult(DraftSaveResult.Stored);
        });
        Assert.False(submitRan);

        release.SetResult(DraftSaveResult.Stored);
        await submit;

        Assert.True(submitRan);
        Assert.Equal([PledgeIntent.SaveDraft], _saves); // the autosave did not run again over the submit
    }

    [Fact]
    public async Task A_refused_submit_leaves_the_edit_pending_and_it_is_autosaved_as_a_draft()
    {
        await using var session = NewSession();
        session.Changed();

        await session.RunAsync(() => Task.FromResult(DraftSaveResult.NotStored));
        Assert.Equal(DraftSaveState.Pending, session.State);
        _clock.Advance(PledgeEditSession.AutosaveDelay);

        Assert.Equal([PledgeIntent.SaveDraft], _saves);
        Assert.False(session.HasUnsavedChanges);
    }

    [Fact]
    public async Task After_a_conflict_autosave_stops_and_the_edit_counts_as_unsaved()
    {
        await using var session = NewSession();
        _answers.Enqueue(() => Task.FromResult(DraftSaveResult.Stop));
        session.Changed();
        _clock.Advance(PledgeEditSession.AutosaveDelay);

        session.Changed();
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Single(_saves);
        Assert.Equal(DraftSaveState.Stopped, session.State);
        Assert.True(session.HasUnsavedChanges); // leaving warns
    }
}
