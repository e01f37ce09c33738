using EmulationPortal.Application.Access;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Direction = EmulationPortal.Domain.Campaigns.Direction;

namespace EmulationPortal.Web.Features.Campaigns;

public partial class CampaignDetail
{
    private CampaignDetailQuery.Detail? _detail;
    private Outcome? _failure;
    private bool _isAdmin;
    private string? _message;
    private Severity _messageSeverity;
    private IReadOnlyList<ChangeCampaignStatus.MissingTarget> _missing = [];
    private ReviseCriterion.Request? _revision;
    private string _revisedName = string.Empty;
    private IReadOnlyList<FieldError> _errors = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private CampaignDetailQuery Query { get; set; } = default!;

    [Inject]
    private ChangeCampaignStatus ChangeStatus { get; set; } = default!;

    [Inject]
    private ReviseCriterion Revise { get; set; } = default!;

    [Inject]
    private RecordUnitLaunch Launch { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private bool CanRevise => _isAdmin && _detail?.Status == CampaignStatus.Open;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var user = await CurrentUser.GetAsync();
        _isAdmin = user.IsInRole(Roles.Admin);
        var outcome = await Query.ForAsync(user, Id);
        _detail = outcome.Value;
        _failure = outcome.Succeeded ? null : outcome;
    }

    private static CampaignStatus? NextStatus(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => CampaignStatus.Open,
        CampaignStatus.Open => CampaignStatus.Closed,
        CampaignStatus.Closed => CampaignStatus.Archived,
        _ => null,
    };

    private static string LifecycleAction(CampaignStatus to) => to switch
    {
        CampaignStatus.Open => "Open",
        CampaignStatus.Closed => "Close",
        _ => "Archive",
    };

    private async Task MoveAsync(CampaignStatus to)
    {
        if (!await ConfirmAsync(L["Lifecycle.ConfirmTitle"], L[$"Lifecycle.Confirm.{to}"]))
        {
            return;
        }

        var outcome = await CurrentUser.ActAsync(user => ChangeStatus.ExecuteAsync(user, new(Id, _detail!.Version, to)));
        _missing = outcome.RuleCode == ChangeCampaignStatus.MissingTargetsCode ? outcome.Value ?? [] : [];
        Say(outcome, _missing.Count > 0 ? L["Lifecycle.Missing"] : L["Lifecycle.Done"]);
        await LoadAsync();
    }

    private async Task LaunchAsync()
    {
        if (!await ConfirmAsync(L["Launch.ConfirmTitle"], L["Launch.Confirm"]))
        {
            return;
        }

        var user = await CurrentUser.GetAsync();
        Say(await Launch.ExecuteAsync(user, Id, user.OrgUnitId), L["Launch.Done"]);
        await LoadAsync();
    }

    private void StartRevision(CampaignDetailQuery.CriterionRow criterion)
    {
        _errors = [];
        _revisedName = criterion.Name;
        _revision = new ReviseCriterion.Request
        {
            CampaignId = Id,
            Version = _detail!.Version,
            Criterion = new CriterionForm
            {
                Id = criterion.Id,
                Name = criterion.Name,
                Description = criterion.Description,
                Measure = criterion.Measure,
                UnitOfMeasure = criterion.UnitOfMeasure,
                Direction = criterion.Direction,
                Weight = criterion.Weight,
            },
        };
    }

    private async Task ReviseAsync()
    {
        var outcome = await CurrentUser.ActAsync(user => Revise.ExecuteAsync(user, _revision!));
        _errors = outcome.Errors;
        if (outcome.Status == OutcomeStatus.Invalid)
        {
            return;
        }

        Say(outcome, L["Revision.Saved"]);
        if (outcome.Succeeded)
        {
            _revision = null;
            await LoadAsync();
        }
    }

    private async Task<bool> ConfirmAsync(string title, string text) =>
        await Dialogs.ShowMessageBoxAsync(title, text, yesText: L["Lifecycle.Yes"], cancelText: L["Lifecycle.Cancel"]) == true;

    private void Say(Outcome outcome, string success)
    {
        _messageSeverity = outcome.Succeeded ? Severity.Success : Severity.Warning;
        _message = outcome.Succeeded ? success : outcome.RuleCode == ChangeCampaignStatus.MissingTargetsCode ? success : Messages.For(outcome);
    }

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private string? ErrorOf(string field) => _errors.FirstOrDefault(e => e.Field == field) is { } error ? Messages.For(error) : null;

    private string YesNo(bool value) => L[value ? "Campaign.Yes" : "Campaign.No"];

    private static Color LaunchColour(LaunchState state) => state switch
    {
        LaunchState.OnTime => Color.Success,
        LaunchState.Late => Color.Warning,
        LaunchState.Missed => Color.Error,
        _ => Color.Default,
    };

    private static string LaunchIcon(LaunchState state) => state switch
    {
        LaunchState.OnTime => Icons.Material.Filled.CheckCircle,
        LaunchState.Late => Icons.Material.Filled.Schedule,
        LaunchState.Missed => Icons.Material.Filled.ErrorOutline,
        _ => Icons.Material.Filled.HourglassEmpty,
    };

    private IEnumerable<string> Changes(CampaignDetailQuery.RevisionRow r)
    {
        if (r.OldName != r.NewName)
        {
            yield return $"{L["Criterion.Name"]}: {r.OldName} → {r.NewName}";
        }

        if (r.OldUnitOfMeasure != r.NewUnitOfMeasure)
        {
            yield return $"{L["Criterion.UnitOfMeasure"]}: {r.OldUnitOfMeasure} → {r.NewUnitOfMeasure}";
        }

        if (r.OldDirection != r.NewDirection)
        {
            yield return $"{L["Criterion.Direction"]}: {L[$"Direction.{r.OldDirection}"]} → {L[$"Direction.{r.NewDirection}"]}";
        }

        if (!r.OldWeight.Equals(r.NewWeight))
        {
            yield return $"{L["Criterion.Weight"]}: {r.OldWeight:N1} → {r.NewWeight:N1}";
        }
    }
}
