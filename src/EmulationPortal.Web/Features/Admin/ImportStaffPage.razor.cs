using EmulationPortal.Application.Common;
using EmulationPortal.Application.Users.Import;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>
/// Upload → preview every row with its errors → skip bad rows → import the valid ones in one transaction, with progress.
/// Nothing is saved while a kept row has an error.
/// </summary>
public sealed partial class ImportStaffPage
{
    private const int MaxMegabytes = 5;
    private const long MaxBytes = MaxMegabytes * 1024 * 1024;

    private readonly HashSet<int> _skipped = [];
    private IReadOnlyList<StaffRowCheck>? _rows;
    private string _fileName = string.Empty;
    private string? _message;
    private MudBlazor.Severity _messageSeverity;
    private bool _busy;
    private int _imported;
    private int _toImport;

    [Inject] private PreviewStaffImport Preview { get; set; } = default!;
    [Inject] private ImportStaff Import { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;

    private IEnumerable<StaffRowCheck> Kept => _rows?.Where(r => !_skipped.Contains(r.Row.RowNumber)) ?? [];

    private IEnumerable<StaffRowCheck> Valid => Kept.Where(r => r.IsValid);

    private IEnumerable<StaffRowCheck> Bad => Kept.Where(r => !r.IsValid);

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _rows = null;
        _skipped.Clear();
        _message = null;
        if (e.File.Size > MaxBytes)
        {
            Show(L["Admin.Import.TooLarge", MaxMegabytes], MudBlazor.Severity.Error);
            return;
        }

        _busy = true;
        try
        {
            // The browser stream is read once into memory: an .xlsx is a zip and needs a seekable stream.
            using var content = new MemoryStream();
            await using (var upload = e.File.OpenReadStream(MaxBytes))
            {
                await upload.CopyToAsync(content);
            }

            content.Position = 0;
            _fileName = e.File.Name;
            var preview = await Preview.ExecuteAsync(await CurrentUser.GetAsync(), content, e.File.Name);
            if (preview?.FileErrorCode is { } code)
            {
                Show(Messages.For(code, code), MudBlazor.Severity.Error);
                return;
            }

            _rows = preview?.Rows;
        }
        finally
        {
            _busy = false;
        }
    }

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
        _busy = true;
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
            _busy = false; // never a page stuck on "imported 0/0"
        }

        if (!outcome.Succeeded)
        {
            Show(Messages.For(outcome), MudBlazor.Severity.Error);
            return;
        }

        _rows = null;
        _skipped.Clear();
        Show(L["Admin.Import.Done", outcome.Value.ToString("N0")], MudBlazor.Severity.Success);
    }

    private void Show(string message, MudBlazor.Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }
}
