using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Users.Import;
using EmulationPortal.Web.Components.Imports;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>
/// Upload → preview every row with its errors → skip bad rows → import the valid ones in one transaction, with progress.
/// Nothing is saved while a kept row has an error.
/// </summary>
public sealed partial class ImportStaffPage : ImportPageBase<StaffRowCheck>
{
    private readonly HashSet<int> _skipped = [];
    private int _imported;
    private int _toImport;

    [Inject] private PreviewStaffImport Preview { get; set; } = default!;
    [Inject] private ImportStaff Import { get; set; } = default!;

    private IEnumerable<StaffRowCheck> Kept => Rows?.Where(r => !_skipped.Contains(r.Row.RowNumber)) ?? [];

    private IEnumerable<StaffRowCheck> Valid => Kept.Where(r => r.IsValid);

    private IEnumerable<StaffRowCheck> Bad => Kept.Where(r => !r.IsValid);

    protected override async Task<(IReadOnlyList<StaffRowCheck>? Rows, string? FileErrorCode)> PreviewAsync(ICurrentUser user, Stream content, string fileName) =>
        await Preview.ExecuteAsync(user, content, fileName) is { } preview ? (preview.Rows, preview.FileErrorCode) : (null, null);

    protected override void Forget() => _skipped.Clear();

    private void Skip(StaffRowCheck row, bool skip)
    {
        if (skip)
        {
            _skipped.Add(row.Row.RowNumber);
        }
        else
        {
            _skipped.Remove(row.Row.RowNumber);
        }
    }

    private void SkipBad()
    {
        foreach (var row in Bad.ToList())
        {
            _skipped.Add(row.Row.RowNumber);
        }
    }

    private async Task ImportAsync()
    {
        var rows = Valid.Select(r => r.Row).ToList();
        _toImport = rows.Count;
        _imported = 0;
        Busy = true;
        var progress = new Progress<int>(done =>
        {
            _imported = done;
            StateHasChanged();
        });
        Outcome<int> outcome;
        try
        {
            outcome = await CurrentUser.ActAsync(user => Import.ExecuteAsync(user, rows, progress));
        }
        finally
        {
            Busy = false; // never a page stuck on "imported 0/0"
        }

        ShowSaved(outcome, imported => L["Admin.Import.Done", imported.ToString("N0")]);
    }
}
