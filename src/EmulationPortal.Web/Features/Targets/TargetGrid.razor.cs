using System.Globalization;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Targets;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace EmulationPortal.Web.Features.Targets;

/// <summary>
/// The admin types each unit's targets in a plain table (text inputs in the user's number format). Enter and the
/// up/down arrows move along a column, Tab along a row; nothing is saved until Save, and then all at once.
/// </summary>
public partial class TargetGrid
{
    private TargetGridQuery.Grid? _grid;
    private Outcome? _failure;
    private readonly Dictionary<(int Unit, int Criterion), string> _values = [];
    private readonly Dictionary<(int Unit, int Criterion), ElementReference> _cells = [];
    private readonly Dictionary<int, string> _fill = [];
    private IReadOnlyList<FieldError> _errors = [];
    private List<string> _pasteErrors = [];
    private string _paste = string.Empty;
    private string? _message;
    private Severity _messageSeverity;
    private bool _saving;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private TargetGridQuery Query { get; set; } = default!;

    [Inject]
    private SaveTargetGrid Save { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var outcome = await Query.ForAsync(await CurrentUser.GetAsync(), Id);
        if (!outcome.Succeeded)
        {
            _failure = outcome;
            return;
        }

        _grid = outcome.Value!;
        var stored = _grid.Cells.ToDictionary(c => (c.OrgUnitId, c.CriterionId), c => c.Value);
        foreach (var unit in _grid.Units)
        {
            foreach (var criterion in _grid.Criteria)
            {
                _values[(unit.Id, criterion.Id)] = stored.TryGetValue((unit.Id, criterion.Id), out var value) ? LocalNumber.Format(value, Culture) : string.Empty;
            }
        }

        foreach (var criterion in _grid.Criteria)
        {
            _fill.TryAdd(criterion.Id, string.Empty);
        }
    }

    private List<TargetGridQuery.GridUnit> ChildrenOf(TargetGridQuery.GridUnit unit) => _grid!.Units.Where(u => u.ParentId == unit.Id).ToList();

    private string ChildrenTotal(List<TargetGridQuery.GridUnit> children, TargetGridQuery.GridCriterion criterion) =>
        LocalNumber.Format(children.Sum(child => LocalNumber.TryRead(_values[(child.Id, criterion.Id)], Culture, out var v) ? v : 0), Culture);

    private async Task MoveAsync(KeyboardEventArgs e, int row, int column)
    {
        var target = e.Key switch
        {
            "Enter" or "ArrowDown" => row + 1,
            "ArrowUp" => row - 1,
            _ => -1,
        };
        if (target >= 0 && target < _grid!.Units.Count)
        {
            await _cells[(_grid.Units[target].Id, _grid.Criteria[column].Id)].FocusAsync();
        }
    }

    private void FillColumn(TargetGridQuery.GridCriterion criterion)
    {
        foreach (var unit in _grid!.Units)
        {
            _values[(unit.Id, criterion.Id)] = _fill[criterion.Id];
        }
    }

    /// <summary>Each criterion's value of the parent is shared among its participating sub-units by headcount.</summary>
    private void Distribute(TargetGridQuery.GridUnit parent)
    {
        var children = ChildrenOf(parent);
        foreach (var criterion in _grid!.Criteria)
        {
            if (!LocalNumber.TryRead(_values[(parent.Id, criterion.Id)], Culture, out var total))
            {
                continue;
            }

            var shares = TargetDistribution.Share(total, children.Select(c => c.Headcount).ToList(), criterion.Measure);
            for (var i = 0; i < children.Count; i++)
            {
                _values[(children[i].Id, criterion.Id)] = LocalNumber.Format(shares[i], Culture);
            }
        }
    }

    private void ApplyPaste()
    {
        var pasted = TargetPaste.Parse(_paste, Culture);
        _pasteErrors = pasted.Errors.Select(e => L["Targets.PasteBad", e.Row, e.Column, e.Text].Value).ToList();
        if (_pasteErrors.Count > 0)
        {
            Say(Severity.Warning, L["Error.invalid"]);
            return;
        }

        var rows = Math.Min(pasted.Rows.Count, _grid!.Units.Count);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < Math.Min(pasted.Rows[r].Count, _grid.Criteria.Count); c++)
            {
                if (pasted.Rows[r][c] is { } value)
                {
                    _values[(_grid.Units[r].Id, _grid.Criteria[c].Id)] = LocalNumber.Format(value, Culture);
                }
            }
        }

        if (pasted.Rows.Count > _grid.Units.Count)
        {
            _pasteErrors = [L["Targets.PasteTooMany"]];
        }

        Say(Severity.Info, L["Targets.PasteApplied", rows]);
    }

    private async Task SaveAsync()
    {
        _pasteErrors = [];
        var versions = _grid!.Cells.ToDictionary(c => (c.OrgUnitId, c.CriterionId), c => c.Version);
        var cells = new List<SaveTargetGrid.Cell>();
        var errors = new List<FieldError>();
        foreach (var ((unitId, criterionId), text) in _values)
        {
            double? value = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (LocalNumber.TryRead(text, Culture, out var number))
                {
                    value = number;
                }
                else
                {
                    errors.Add(new FieldError(SaveTargetGrid.FieldOf(unitId, criterionId), "target.notNumber", L["Targets.NotNumber"]));
                }
            }

            cells.Add(new SaveTargetGrid.Cell(unitId, criterionId, value, versions.TryGetValue((unitId, criterionId), out var version) ? version : null));
        }

        _errors = errors;
        if (errors.Count > 0)
        {
            Say(Severity.Warning, L["Error.invalid"]);
            return;
        }

        _saving = true;
        try
        {
            var outcome = await CurrentUser.ActAsync(user => Save.ExecuteAsync(user, new SaveTargetGrid.Request(Id, cells)));
            _errors = outcome.Errors;
            if (outcome.Succeeded)
            {
                Say(Severity.Success, L["Targets.Saved"]);
                await LoadAsync();
            }
            else
            {
                Say(Severity.Warning, Messages.For(outcome));
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>CSS wants an invariant decimal point whatever the user's culture.</summary>
    private static string Indent(int depth) => string.Create(CultureInfo.InvariantCulture, $"padding-inline-start: {0.5 + depth * 1.25}rem");

    private string? CellError((int Unit, int Criterion) key) =>
        _errors.FirstOrDefault(e => e.Field == SaveTargetGrid.FieldOf(key.Unit, key.Criterion)) is { } error ? Messages.For(error) : null;

    private void Say(Severity severity, string message) => (_messageSeverity, _message) = (severity, message);
}
