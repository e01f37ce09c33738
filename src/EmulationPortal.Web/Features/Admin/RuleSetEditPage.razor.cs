using EmulationPortal.Application.Reviews.RuleSets;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using EmulationPortal.Web.Features.Reviews;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>
/// An admin corrects a rule set's numbers (typed in the user's culture, shares in percent) and whether each is still
/// unconfirmed, in place or as a new version with its own code and effective date. A set a closed round used is read-only.
/// </summary>
public sealed partial class RuleSetEditPage
{
    private readonly Dictionary<string, double?> _numbers = [];
    private readonly Dictionary<string, bool> _unconfirmed = [];
    private RuleSetForm? _form;
    private bool _loading = true;
    private bool _busy;
    private string? _message;
    private Severity _severity;
    private string _code = string.Empty;
    private string _name = string.Empty;
    private DateTime? _effectiveFrom;

    [Parameter]
    public int Id { get; set; }

    [Inject] private RuleSetFormQuery Query { get; set; } = default!;
    [Inject] private ReviseRuleSet Revise { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private ReviewText Text { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _form = await Query.ExecuteAsync(await CurrentUser.GetAsync(), Id);
        _numbers.Clear();
        _unconfirmed.Clear();
        foreach (var parameter in _form?.Parameters ?? [])
        {
            _numbers[parameter.Key] = (double)(parameter.Kind == ParameterKind.Share ? parameter.Value * 100 : parameter.Value);
            _unconfirmed[parameter.Key] = parameter.Clause.Unconfirmed;
        }

        _loading = false;
    }

    private string LabelOf(RuleParameter parameter)
    {
        var kind = parameter.Key.Split('.')[0];
        return parameter.Title is { } title ? L[$"RuleSet.Param.{kind}", Text.Title(title)] : L[$"RuleSet.Param.{kind}"];
    }

    private string? UnitOf(ParameterKind kind) => kind switch
    {
        ParameterKind.Share => "%",
        ParameterKind.Money => "đ",
        ParameterKind.Multiple => "×",
        _ => L["RuleSet.Years"],
    };

    private async Task SaveAsync(bool asNew)
    {
        _busy = true;
        try
        {
            var request = new ReviseRuleSet.Request
            {
                Id = _form!.Id,
                Version = _form.Version,
                Values = _numbers.Select(n => new ReviseRuleSet.Value { Key = n.Key, Number = n.Value, Unconfirmed = _unconfirmed[n.Key] }).ToList(),
                AsNewVersion = asNew,
                Code = _code,
                Name = _name,
                EffectiveFrom = _effectiveFrom is { } day ? DateOnly.FromDateTime(day) : null,
            };
            var outcome = await Revise.ExecuteAsync(await CurrentUser.GetAsync(), request);
            if (!outcome.Succeeded)
            {
                _message = outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.Select(Messages.For)) : Messages.For(outcome);
                _severity = Severity.Error;
                return;
            }

            _message = L[asNew ? "RuleSet.SavedNew" : "RuleSet.Saved"];
            _severity = Severity.Success;
            if (asNew)
            {
                Navigation.NavigateTo($"/admin/rulesets/{outcome.Value}");
                return;
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
