using System.Globalization;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Council;
using EmulationPortal.Web.Access;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Clusters;

/// <summary>The vote's steps: the head opens and closes rounds, each member unit's leader casts its ballot, the head proposes the leader.</summary>
public sealed partial class AcclamationPanel
{
    private int? _choice;
    private int? _decided;
    private string? _summary;
    private string? _receipt;
    private string? _receiptCode;
    private bool? _receiptCounted;
    private bool _busy;

    [Parameter, EditorRequired]
    public ClusterView View { get; set; } = default!;

    [Parameter]
    public EventCallback<Outcome> Changed { get; set; }

    [Inject]
    private StartAcclamationRound Start { get; set; } = default!;

    [Inject]
    private CastAcclamationBallot Cast { get; set; } = default!;

    [Inject]
    private CloseAcclamationRound Close { get; set; } = default!;

    [Inject]
    private DecideClusterLeader Decide { get; set; } = default!;

    [Inject]
    private ProposeForFlag Propose { get; set; } = default!;

    [Inject]
    private ClusterPageQuery Query { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    private ClusterView.CovenantPart Covenant => View.Covenant!;
    private ClusterView.AcclamationPart Acclamation => Covenant.Acclamation;
    private int? Mine => View.Me.MyUnitId;
    private bool IsHead => View.Me.MyRole == ClusterRole.Head;

    private bool MayStart => Acclamation.LeaderUnitId is null && Acclamation.Rounds.All(r => r.IsClosed) && Acclamation.Rounds.Count < CouncilSession.MaxBallotRounds;

    private bool LeadersDecide => Acclamation.LeaderUnitId is null && Acclamation.Rounds.Count(r => r.IsClosed) >= CouncilSession.MaxBallotRounds;

    private string ThresholdText => Acclamation.Threshold is { } t ? t.Value.ToString("P0", CultureInfo.CurrentCulture) : L["Cluster.Vote.Majority"];

    private string ChoiceName(int? unitId) => unitId is { } id ? View.UnitName(id) : L["Cluster.Decide.None"];

    protected override void OnParametersSet() =>
        _summary ??= Acclamation.LeaderUnitId is { } leader ? L["Cluster.Flag.SummaryDefault", View.UnitName(leader), View.Name, View.Year].Value : null;

    private Task StartAsync() => StepAsync(async user => await Start.ExecuteAsync(user, Covenant.Id, Covenant.Version));

    private Task CloseAsync(int roundId) => StepAsync(async user => await Close.ExecuteAsync(user, Covenant.Id, roundId, Covenant.Version));

    private Task DecideAsync() => StepAsync(async user => await Decide.ExecuteAsync(user, Covenant.Id, _decided!.Value, Covenant.Version));

    private Task ProposeAsync() =>
        StepAsync(async user => await Propose.ExecuteAsync(user, new ProposeForFlag.Request { CovenantId = Covenant.Id, Version = Covenant.Version, Summary = _summary ?? string.Empty }));

    private async Task CastAsync(int roundId)
    {
        _receipt = null;
        await StepAsync(async user =>
        {
            var cast = await Cast.ExecuteAsync(user, Covenant.Id, roundId, _choice!.Value);
            _receipt = cast.Value;
            return cast;
        });
    }

    private async Task CheckReceiptAsync() =>
        _receiptCounted = !string.IsNullOrWhiteSpace(_receiptCode) && await Query.IsCountedAsync(Covenant.Id, _receiptCode);

    private async Task StepAsync(Func<ICurrentUser, Task<Outcome>> step)
    {
        _busy = true;
        try
        {
            await Changed.InvokeAsync(await CurrentUser.ActAsync(step));
        }
        finally
        {
            _busy = false;
        }
    }
}
