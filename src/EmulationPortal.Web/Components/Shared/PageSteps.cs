using EmulationPortal.Application.Common;
using MudBlazor;

namespace EmulationPortal.Web.Components.Shared;

/// <summary>
/// What a page that takes steps one at a time shows about them: whether one is running (its buttons wait), and the last
/// step's message, a success in the page's words or the failure in the user's language. After every step the page reloads.
/// </summary>
internal sealed class PageSteps(UserMessages messages, Func<Task> reload)
{
    public bool Busy { get; private set; }
    public string? Message { get; private set; }
    public Severity Severity { get; private set; }

    /// <param name="done">What the page says when the step succeeded.</param>
    public async Task RunAsync(Func<Task<Outcome>> step, string done)
    {
        Busy = true;
        try
        {
            await ShowAsync(await step(), done);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The outcome of a step a child component ran itself (a ballot form, say), then the reload.</summary>
    public async Task ShowAsync(Outcome outcome, string done)
    {
        (Message, Severity) = outcome.Succeeded ? (done, Severity.Success) : (messages.For(outcome), Severity.Error);
        await reload();
    }
}
