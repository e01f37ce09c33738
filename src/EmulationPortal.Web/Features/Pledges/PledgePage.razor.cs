using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace EmulationPortal.Web.Features.Pledges;

/// <summary>
/// The user's own pledge in a drive (individual, or the unit's collective pledge for a leader): write it, submit, amend,
/// withdraw. The draft is autosaved as typed by a <see cref="PledgeEditSession"/>, flushed when the user leaves; what the
/// user typed is kept on failure, and every refusal says why.
/// </summary>
public sealed partial class PledgePage : IAsyncDisposable
{
    private PledgeEditSession _session = default!;
    private IJSObjectReference? _script;
    private PledgePageQuery.PledgePage? _page;
    private PledgeDraft _draft = new();
    private PledgeForm _form = default!;
    private int? _pledgeId;
    private PledgeStatus? _status;
    private DateTime? _submittedAtUtc;
    private DateTime? _savedAt;
    private bool _denied;
    private bool _busy;
    private bool _showFirstError;
    private bool _disposed;
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

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<PledgePage> Log { get; set; } = default!;

    [Parameter]
    public int CampaignId { get; set; }

    [SupplyParameterFromQuery(Name = "collective")]
    public bool? CollectiveQuery { get; set; }

    private bool Collective => CollectiveQuery == true || Navigation.ToBaseRelativePath(Navigation.Uri).Split('?')[0].EndsWith("/unit", StringComparison.Ordinal);

    private string Title => Collective ? L["Pledge.CollectiveTitle"] : L["Pledge.Title"];

    private bool IsDraft => _status is null or PledgeStatus.Draft or PledgeStatus.Returned or PledgeStatus.Withdrawn;

    /// <summary>Only a draft autosaves (a submitted pledge changes by amending), so only a draft can hold an unsaved edit.</summary>
    private bool Autosaves => _page?.AcceptsPledges == true && IsDraft;

    protected override void OnInitialized()
    {
        _session = new PledgeEditSession(Clock, StoreOnDispatcherAsync, Log);
        _session.StateChanged += () => _ = InvokeAsync(() =>
        {
            if (!_disposed)
            {
                StateHasChanged();
            }
        });
    }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_showFirstError)
        {
            _showFirstError = false;
            _script ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Pledges/PledgePage.razor.js");
            await _script.InvokeVoidAsync("showFirstError");
        }
    }

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
        _session.Reset();
    }

    private void OnChanged()
    {
        if (Autosaves)
        {
            _session.Changed();
        }
    }

    /// <summary>
    /// A menu click or a link inside the portal first stores the pending edit; an edit that cannot be stored (a value out of
    /// range, a conflict) is not dropped without asking.
    /// </summary>
    private async Task FlushBeforeLeavingAsync(LocationChangingContext context)
    {
        await _session.FlushAsync();
        if (_session.HasUnsavedChanges && Autosaves
            && await Dialogs.ShowMessageBoxAsync(L["Pledge.LeaveTitle"], L["Pledge.LeaveUnsaved"], yesText: L["Pledge.Leave"], cancelText: L["Pledge.Stay"]) != true)
        {
            context.PreventNavigation();
        }
    }

    /// <summary>The session's timer fires off the page's dispatcher; the draft is read and changed only on it.</summary>
    private async Task<DraftSaveResult> StoreOnDispatcherAsync(PledgeIntent intent)
    {
        var result = DraftSaveResult.NotStored;
        await InvokeAsync(async () => result = await StoreAsync(intent));
        return result;
    }

    /// <summary>The autosave: stores the draft as typed when the validator lets it (values out of range are shown at their fields).</summary>
    private async Task<DraftSaveResult> StoreAsync(PledgeIntent intent)
    {
        _draft.Intent = intent;
        if (!(await Validator.ValidateAsync(_draft)).IsValid)
        {
            return DraftSaveResult.NotStored;
        }

        return await SendDraftAsync();
    }

    private Task SaveDraftAsync() => RunAsync(PledgeIntent.SaveDraft, reload: false);

    private Task SendAsync(PledgeIntent intent) => RunAsync(intent, reload: true);

    private async Task RunAsync(PledgeIntent intent, bool reload)
    {
        _message = null;
        _busy = true;
        try
        {
            await _session.RunAsync(async () =>
            {
                _draft.Intent = intent;
                if (!await _form.ValidateAsync())
                {
                    // The form's summary says that nothing was sent and lists what to fix; the first refused field gets the focus.
                    _showFirstError = true;
                    return DraftSaveResult.NotStored;
                }

                var result = await SendDraftAsync();
                if (result == DraftSaveResult.Stored && reload)
                {
                    await LoadAsync();
                    _savedAt = null;
                    Show(L["Pledge.Sent"], Severity.Success);
                }

                return result;
            });
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<DraftSaveResult> SendDraftAsync()
    {
        var outcome = await CurrentUser.ActAsync(user => Save.ExecuteAsync(user, _draft));
        if (outcome.Value is { } saved)
        {
            Stored(saved);
            return DraftSaveResult.Stored;
        }

        Show(outcome);
        _showFirstError = outcome.Status == OutcomeStatus.Invalid;
        // A draft the drive or another tab no longer lets change is not autosaved again; a refused Submit keeps autosaving the draft.
        var final = outcome.Status is OutcomeStatus.Conflict or OutcomeStatus.Forbidden or OutcomeStatus.NotFound
            || (outcome.Status == OutcomeStatus.RuleBroken && _draft.Intent == PledgeIntent.SaveDraft);
        return final ? DraftSaveResult.Stop : DraftSaveResult.NotStored;
    }

    private async Task WithdrawAsync()
    {
        if (_pledgeId is not { } id || !await ConfirmWithdrawalAsync())
        {
            return;
        }

        _message = null;
        _busy = true;
        try
        {
            await _session.RunAsync(async () =>
            {
                // An edit typed just before is stored first: withdrawing keeps the pledge, so it keeps what was typed.
                if (_session.HasUnsavedChanges && Autosaves && await StoreAsync(PledgeIntent.SaveDraft) == DraftSaveResult.Stop)
                {
                    return DraftSaveResult.Stop;
                }

                var outcome = await CurrentUser.ActAsync(user => Withdraw.ExecuteAsync(user, id, _draft.Version ?? Guid.Empty));
                if (!outcome.Succeeded)
                {
                    Show(outcome);
                    return outcome.Status == OutcomeStatus.Conflict ? DraftSaveResult.Stop : DraftSaveResult.NotStored;
                }

                await LoadAsync();
                Show(L["Pledge.Withdrawn"], Severity.Info);
                return DraftSaveResult.Stored;
            });
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Withdrawing is one click away from the form: the user is told first what it undoes for this pledge's state.</summary>
    private async Task<bool> ConfirmWithdrawalAsync()
    {
        var consequence = _status switch
        {
            PledgeStatus.Accepted => L["Pledge.WithdrawAccepted"],
            PledgeStatus.Submitted => L["Pledge.WithdrawSubmitted"],
            _ => L["Pledge.WithdrawDraft"],
        };
        return await Dialogs.ShowMessageBoxAsync(L["Pledge.WithdrawTitle"], consequence, yesText: L["Pledge.Withdraw"], cancelText: L["Pledge.Cancel"]) == true;
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

    /// <summary>The autosave's state in words, beside the buttons (null while there is nothing to say).</summary>
    private string? SaveStateText => _session.State switch
    {
        DraftSaveState.Pending or DraftSaveState.Saving => L["Pledge.DraftSaving"].Value,
        DraftSaveState.NotStorable => L["Pledge.DraftNotStorable"].Value,
        DraftSaveState.Retrying => L["Pledge.DraftRetrying"].Value,
        _ when _savedAt is { } saved => L["Pledge.DraftSavedAt", saved.ToString("HH:mm")].Value,
        _ => null,
    };

    internal static Color StatusColor(PledgeStatus? status) => status switch
    {
        PledgeStatus.Accepted => Color.Success,
        PledgeStatus.Submitted => Color.Info,
        PledgeStatus.Returned => Color.Warning,
        PledgeStatus.Withdrawn => Color.Dark,
        _ => Color.Default,
    };

    /// <summary>Leaving by reload, a closed tab or a lost circuit still stores the pending edit (the session flushes it).</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _session.DisposeAsync();
        if (_script is not null)
        {
            try
            {
                await _script.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone already; nothing to release on its side.
            }
        }
    }
}
