using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Decisions;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Decisions;

/// <summary>A decision: a draft's signer and the competent person's choices, then issue; an issued one's export, certificates and revocation.</summary>
public sealed partial class DecisionPage
{
    private DecisionDetail? _decision;
    private Dictionary<int, bool> _included = [];
    private string _signerName = string.Empty;
    private string _signerTitle = string.Empty;
    private string? _reason;
    private bool _loading = true;
    private PageSteps _steps = default!;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private DecisionDetailQuery Detail { get; set; } = default!;

    [Inject]
    private SaveDecisionDraft Save { get; set; } = default!;

    [Inject]
    private IssueDecision Issue { get; set; } = default!;

    [Inject]
    private RevokeDecision Revoke { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    protected override void OnInitialized() => _steps = new(Messages, LoadAsync);

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _decision = await Detail.ExecuteAsync(await CurrentUser.GetAsync(), Id);
        _loading = false;
        if (_decision is not null)
        {
            _included = _decision.Lines.Where(l => l.ByCompetentPerson).ToDictionary(l => l.Id, l => l.Included);
            (_signerName, _signerTitle) = (_decision.SignerName, _decision.SignerTitle);
        }
    }

    private Task SaveAsync() => RunAsync(async user => await Save.ExecuteAsync(user, new(Id, _decision!.Version, _signerName, _signerTitle, _included)), "Decision.Saved");

    /// <summary>Saves what is on screen first, so the decision issued is the one the signer sees.</summary>
    private Task IssueAsync() => RunAsync(async user =>
    {
        var saved = await Save.ExecuteAsync(user, new(Id, _decision!.Version, _signerName, _signerTitle, _included));
        return saved.Succeeded ? await Issue.ExecuteAsync(user, Id, (await Detail.ExecuteAsync(user, Id))!.Version) : saved;
    }, "Decision.Issued");

    private Task RevokeAsync() => RunAsync(async user => await Revoke.ExecuteAsync(user, Id, _decision!.Version, _reason ?? string.Empty), "Decision.Revoked");

    private Task RunAsync(Func<ICurrentUser, Task<Outcome>> action, string done) =>
        _steps.RunAsync(() => CurrentUser.ActAsync(action), L[done]);
}
