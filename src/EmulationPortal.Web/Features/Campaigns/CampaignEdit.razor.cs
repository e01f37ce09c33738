using EmulationPortal.Application.Campaigns;
using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Campaigns;

public partial class CampaignEdit
{
    private CampaignForm? _form;
    private CampaignStatus _status;
    private IReadOnlyList<TreeUnit> _units = [];
    private Outcome? _failure;
    private string? _message;
    private bool _saving;
    private IReadOnlyList<FieldError> _errors = [];
    private MudForm? _mudForm;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private CampaignFormQuery Query { get; set; } = default!;

    [Inject]
    private SaveCampaign Save { get; set; } = default!;

    [Inject]
    private IValidator<CampaignForm> Validator { get; set; } = default!;

    [Inject]
    private FormValidation Validation { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string Heading => L[Id is null ? "CampaignEdit.NewTitle" : "CampaignEdit.EditTitle"];

    private bool CriteriaLocked => _status != CampaignStatus.Draft;

    protected override async Task OnParametersSetAsync()
    {
        var outcome = await Query.ForAsync(await CurrentUser.GetAsync(), Id);
        if (!outcome.Succeeded)
        {
            _failure = outcome;
            return;
        }

        (_form, _status, _units) = (outcome.Value!.Form, outcome.Value.Status, outcome.Value.Units);
    }

    /// <summary>Ticking a unit ticks its whole subtree; unticking clears the subtree too.</summary>
    private void ToggleUnit(TreeUnit unit, bool on)
    {
        var start = _units.ToList().IndexOf(unit);
        var subtree = _units.Skip(start + 1).TakeWhile(u => u.Depth > unit.Depth).Select(u => u.Id).Prepend(unit.Id);
        foreach (var id in subtree)
        {
            if (on)
            {
                _form!.UnitIds.Add(id);
            }
            else
            {
                _form!.UnitIds.Remove(id);
            }
        }
    }

    private void Move(int index, int offset)
    {
        var criteria = _form!.Criteria;
        (criteria[index], criteria[index + offset]) = (criteria[index + offset], criteria[index]);
    }

    private async Task SaveAsync()
    {
        _message = null;
        _errors = (await Validator.ValidateAsync(_form!)).Errors
            .Select(e => new FieldError(e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToList();
        await _mudForm!.ValidateAsync();
        if (_errors.Count > 0)
        {
            _message = Messages.For(new Outcome(OutcomeStatus.Invalid, _errors));
            return;
        }

        _saving = true;
        try
        {
            var outcome = await CurrentUser.ActAsync(user => Save.ExecuteAsync(user, _form!));
            if (outcome.Succeeded)
            {
                Navigation.NavigateTo($"/campaigns/{outcome.Value}");
                return;
            }

            _errors = outcome.Errors;
            _message = Messages.For(outcome);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>CSS wants an invariant decimal point whatever the user's culture.</summary>
    private static string Indent(int depth) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"padding-inline-start: {depth * 1.5}rem");

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private string? ErrorOf(string field) => _errors.FirstOrDefault(e => e.Field == field) is { } error ? Messages.For(error) : null;
}
