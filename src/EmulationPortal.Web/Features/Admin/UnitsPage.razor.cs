using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Units;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>The org tree as an indented table, with a side panel that adds a unit or edits the chosen one.</summary>
public sealed partial class UnitsPage
{
    private readonly ServerErrors _errors = new();
    private IReadOnlyList<UnitTreeQuery.UnitNode>? _tree;
    private AddUnitRequest _add = new();
    private EditUnitRequest? _edit;
    private string _editCode = string.Empty;
    private MudForm? _addForm;
    private MudForm? _editForm;
    private bool _saving;

    /// <summary>After a save a new key gives a fresh form, so the emptied panel shows no errors left from the previous entry.</summary>
    private int _formKey;

    [Inject] private UnitTreeQuery Tree { get; set; } = default!;
    [Inject] private AddUnit AddUnit { get; set; } = default!;
    [Inject] private EditUnit EditUnit { get; set; } = default!;
    [Inject] private SetUnitActive SetUnitActive { get; set; } = default!;
    [Inject] private IValidator<AddUnitRequest> AddValidator { get; set; } = default!;
    [Inject] private IValidator<EditUnitRequest> EditValidator { get; set; } = default!;
    [Inject] private FormValidation Validation { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private IEnumerable<UnitTreeQuery.UnitNode> ActiveUnits => _tree?.Where(u => u.IsActive) ?? [];

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _tree = await Tree.ListAsync();

    /// <summary>The field reads whole numbers only; a figure past int's range is clamped so the validator names the range, not "required".</summary>
    private static int? Count(double? value) => value is { } v ? (int)Math.Clamp(v, int.MinValue, int.MaxValue) : null;

    private string UnitLabel(int? id) => _tree?.FirstOrDefault(u => u.Id == id) is { } unit ? $"{unit.Code} – {unit.Name}" : string.Empty;

    private void StartAdd(UnitTreeQuery.UnitNode? parent)
    {
        _errors.Clear();
        _edit = null;
        _add = new AddUnitRequest { ParentId = parent?.Id, Kind = parent?.Kind is OrgUnitKind.Workshop or OrgUnitKind.Department ? OrgUnitKind.Team : OrgUnitKind.Workshop };
    }

    private void StartEdit(UnitTreeQuery.UnitNode unit)
    {
        _errors.Clear();
        _editCode = unit.Code;
        _edit = new EditUnitRequest { Id = unit.Id, Version = unit.Version, Name = unit.Name, ParentId = unit.ParentId, Headcount = unit.OwnHeadcount };
    }

    private async Task AddAsync()
    {
        _errors.Clear();
        await _addForm!.ValidateAsync();
        if (!_addForm.IsValid)
        {
            return;
        }

        _saving = true;
        var outcome = await CurrentUser.ActAsync(user => AddUnit.ExecuteAsync(user, _add));
        _saving = false;
        await AfterSaveAsync(outcome, () => StartAdd(null));
    }

    private async Task EditAsync()
    {
        _errors.Clear();
        await _editForm!.ValidateAsync();
        if (!_editForm.IsValid)
        {
            return;
        }

        _saving = true;
        var outcome = await CurrentUser.ActAsync(user => EditUnit.ExecuteAsync(user, _edit!));
        _saving = false;
        await AfterSaveAsync(outcome, () => StartAdd(null));
    }

    private async Task SetActiveAsync(UnitTreeQuery.UnitNode unit, bool active)
    {
        _errors.Clear();
        var outcome = await CurrentUser.ActAsync(user => SetUnitActive.ExecuteAsync(user, new SetUnitActiveRequest(unit.Id, unit.Version, active)));
        await AfterSaveAsync(outcome, () => { });
    }

    /// <summary>On success the tree is reloaded and the panel reset; otherwise what the user typed stays and the reason is shown.</summary>
    private async Task AfterSaveAsync(Application.Common.Outcome outcome, Action reset)
    {
        if (!outcome.Succeeded)
        {
            _errors.Show(outcome, Messages);
            return;
        }

        Snackbar.Add(L["Admin.Saved"], MudBlazor.Severity.Success);
        _formKey++;
        reset();
        await ReloadAsync();
    }
}
