using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EmulationPortal.Web.Features.Pledges;

/// <summary>
/// The user's own pledge in a drive (individual, or the unit's collective pledge for a leader): write it, autosave the
/// draft two seconds after the last change, submit, amend, withdraw. One save at a time; what the user typed is kept on failure.
/// </summary>
public sealed partial class PledgePage
{
    private static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _saving = new(1, 1);
    private Timer? _autosave;
    private PledgePageQuery.PledgePage? _page;
    private PledgeDraft _draft = new();
    private PledgeForm _form = default!;
    private int? _pledgeId;
    private PledgeStatus? _status;
    private DateTime? _submittedAtUtc;
    private DateTime? _savedAt;
    private bool _denied;
    private bool _busy;
    private bool _conflict;
    private string? _message;
    private Severity _messageSeverity;

    [Inject]
    private PledgePageQuery Query { get; set; } = default!;

    [Inject]
    private SavePledge Save { get; set; } = default!;

    [Inject]
    private WithdrawPledge Withdraw { get; set; } = default!;

    [Inject]
    private IValidator<PledgeDraft> Validator { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int CampaignId { get; set; }

    [SupplyParameterFromQuery(Name = "collective")]
    public bool? CollectiveQuery { get; set; }

    private bool Collective => CollectiveQuery == true || Navigation.ToBaseRelativePath(Navigation.Uri).Split('?')[0].EndsWith("/unit", StringComparison.Ordinal);

    private string Title => Collective ? L["Pledge.CollectiveTitle"] : L["Pledge.Title"];

    private bool IsDraft => _status is null or PledgeStatus.Draft or PledgeStatus.Returned or PledgeStatus.Withdrawn;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var outcome = await Query.ForAsync(await CurrentUser.GetAsync(), CampaignId, Collective);
        _denied = !outcome.Succeeded;
        if (outcome.Value is not { } page)
        {
            return;
        }

        _page = page;
        _draft = page.Draft;
        _pledgeId = page.PledgeId;
        _status = page.Status;
        _submittedAtUtc = page.SubmittedAtUtc;
        _conflict = false;
    }

    /// <summary>Restarts the two-second wait after every change; only drafts are autosaved (a submitted pledge changes by amending).</summary>
    private void ScheduleAutosave()
    {
        if (_page?.AcceptsPledges != true || !IsDraft || _conflict)
        {
            return;
        }

        _autosave ??= new Timer(_ => _ = InvokeAsync(AutosaveAsync));
        _autosave.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task AutosaveAsync()
    {
        if (!IsDraft || _conflict || !await _saving.WaitAsync(0))
        {
            return; // a save is running: the next change schedules another attempt
        }

        try
        {
            // The intent is set under the lock: an autosave must never turn a Submit clicked meanwhile into a draft.
            _draft.Intent = PledgeIntent.SaveDraft;
            if (!(await Validator.ValidateAsync(_draft)).IsValid)
            {
                return; // not storable yet
            }

            var outcome = await Save.ExecuteAsync(await CurrentUser.GetAsync(), _draft);
            if (outcome.Value is { } saved)
            {
                Stored(saved);
            }
            else if (outcome.Status == OutcomeStatus.Conflict)
            {
                _conflict = true;
                Show(outcome);
            }
        }
        finally
        {
            _saving.Release();
        }

        StateHasChanged();
    }

    private Task SaveDraftAsync() => RunAsync(PledgeIntent.SaveDraft, reload: false);

    private Task SendAsync(PledgeIntent intent) => RunAsync(intent, reload: true);

    private async Task RunAsync(PledgeIntent intent, bool reload)
    {
        _message = null;
        _busy = true;
        await _saving.WaitAsync(); // waits for a running autosave, then owns the draft until this save is done
        try
        {
            _draft.Intent = intent;
            if (!await _form.ValidateAsync())
            {
                return;
            }

            var outcome = await Save.ExecuteAsync(await CurrentUser.GetAsync(), _draft);
            if (outcome.Value is { } saved)
            {
                Stored(saved);
                if (reload)
                {
                    await LoadAsync();
                    _savedAt = null;
                    Show(L["Pledge.Sent"], Severity.Success);
                }
            }
            else
            {
                _conflict = outcome.Status == OutcomeStatus.Conflict;
                Show(outcome);
            }
        }
        finally
        {
            _saving.Release();
            _busy = false;
        }
    }

    private async Task WithdrawAsync()
    {
        if (_pledgeId is not { } id || _draft.Version is not { } version)
        {
            return;
        }

        _busy = true;
        await _saving.WaitAsync();
        try
        {
            var outcome = await Withdraw.ExecuteAsync(await CurrentUser.GetAsync(), id, version);
            if (outcome.Succeeded)
            {
                await LoadAsync();
                Show(L["Pledge.Withdrawn"], Severity.Info);
            }
            else
            {
                Show(outcome);
            }
        }
        finally
        {
            _saving.Release();
            _busy = false;
        }
    }

    private void Stored(SavePledge.Saved saved)
    {
        _pledgeId = saved.PledgeId;
        _draft.Version = saved.Version;
        _status = saved.Status;
        _savedAt = FactoryTime.ToLocal(saved.SavedAtUtc);
    }

    private void Show(Outcome outcome) => Show(Messages.For(outcome), Severity.Error);

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }

    internal static Color StatusColor(PledgeStatus? status) => status switch
    {
        PledgeStatus.Accepted => Color.Success,
        PledgeStatus.Submitted => Color.Info,
        PledgeStatus.Returned => Color.Warning,
        PledgeStatus.Withdrawn => Color.Dark,
        _ => Color.Default,
    };

    public void Dispose()
    {
        _autosave?.Dispose();
        _saving.Dispose();
    }
}
