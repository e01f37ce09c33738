using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Domain.Council;
using EmulationPortal.Web.Access;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Council;

/// <summary>The steps of one title's vote; every step goes through <see cref="RunCouncilSession"/>, which decides again who may take it.</summary>
public sealed partial class TitleVotePanel
{
    private readonly Dictionary<int, double?> _approvals = [];
    private readonly HashSet<int> _picked = [];

    [Parameter, EditorRequired]
    public CouncilSessionView Session { get; set; } = default!;

    [Parameter, EditorRequired]
    public CouncilSessionView.AgendaItem Item { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Runs a step and reports its outcome; the page reloads the session and re-renders.</summary>
    [Parameter, EditorRequired]
    public EventCallback<Func<Application.Access.ICurrentUser, Task<Outcome>>> Step { get; set; }

    [Parameter]
    public EventCallback<Outcome> Changed { get; set; }

    [Inject]
    private RunCouncilSession Run { get; set; } = default!;

    private IReadOnlyList<CouncilSessionView.Round> Rounds => Session.Rounds.Where(r => r.Title == Item.Rule.Title).ToList();

    private CouncilSessionView.Round? Open => Rounds.SingleOrDefault(r => !r.IsClosed);

    private CouncilSessionView.Round? Last => Rounds.MaxBy(r => r.Number);

    /// <summary>Round 1 when nothing was voted; round 2 when round 1 left a tie.</summary>
    private bool MayStart => Last is null || (Last.Number < CouncilSession.MaxBallotRounds && Last.Tallies.Any(t => t.Result == VoteResult.Tied));

    private string NameOf(int nominationId) =>
        Item.Nominees.SingleOrDefault(n => n.NominationId == nominationId) is { } n ? $"{n.Name} ({n.NominatingUnit})" : "?";

    internal static void Toggle(HashSet<int> set, int id, bool on)
    {
        if (on)
        {
            set.Add(id);
        }
        else
        {
            set.Remove(id);
        }
    }

    private Task StartAsync() => Step.InvokeAsync(user => Run.StartBallotRoundAsync(user, Session.Id, Session.Version, Item.Rule.Title));

    private Task CloseRoundAsync()
    {
        var open = Open!;
        IReadOnlyDictionary<int, int>? approvals = open.Secret ? null
            : open.NominationIds.ToDictionary(id => id, id => _approvals.GetValueOrDefault(id) is { } v ? (int)v : -1);
        return Step.InvokeAsync(user => Run.CloseBallotRoundAsync(user, Session.Id, Session.Version, open.Id, approvals));
    }

    private Task BreakTieAsync() => Step.InvokeAsync(user => Run.BreakTieAsync(user, Session.Id, Session.Version, Item.Rule.Title, _picked.ToList()));
}
