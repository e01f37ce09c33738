using EmulationPortal.Application.Reviews.Import;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace EmulationPortal.Web.Features.Reviews;

/// <summary>
/// A unit's annual duty ratings, or its titles of earlier years, from Excel: download the template, upload, preview
/// every row with its errors, save all rows in one transaction. Nothing is saved while any row has an error.
/// </summary>
public sealed partial class RecordImportPage
{
    private const int MaxMegabytes = 5;
    private const long MaxBytes = MaxMegabytes * 1024 * 1024;

    private RecordKind _kind = RecordKind.Ratings;
    private IReadOnlyList<RecordRowCheck>? _rows;
    private string _fileName = string.Empty;
    private string? _message;
    private Severity _severity;
    private bool _busy;

    [Inject] private PreviewRecordImport Preview { get; set; } = default!;
    [Inject] private ImportRecords Import { get; set; } = default!;
    [Inject] private UserMessages Messages { get; set; } = default!;
    [Inject] private ReviewText Text { get; set; } = default!;
    [Inject] private CurrentUserAccessor CurrentUser { get; set; } = default!;

    private int Valid => _rows?.Count(r => r.IsValid) ?? 0;

    private int Bad => _rows?.Count(r => !r.IsValid) ?? 0;

    private string Resolved(RecordRowCheck row) =>
        row.Rating is { } rating ? Text.Rating(rating) : row.Title is { } title ? Text.Title(title) : row.Row.Value;

    private void KindChanged(RecordKind kind)
    {
        _kind = kind;
        _rows = null;
        _message = null;
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _rows = null;
        _message = null;
        if (e.File.Size > MaxBytes)
        {
            Show(L["Admin.Import.TooLarge", MaxMegabytes], Severity.Error);
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
            var preview = await Preview.ExecuteAsync(await CurrentUser.GetAsync(), _kind, content, e.File.Name);
            if (preview?.FileErrorCode is { } code)
            {
                Show(Messages.For(code, code), Severity.Error);
                return;
            }

            _rows = preview?.Rows;
            if (_rows is { Count: 0 })
            {
                Show(L["Records.Empty"], Severity.Warning);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync()
    {
        _busy = true;
        try
        {
            var outcome = await Import.ExecuteAsync(await CurrentUser.GetAsync(), _kind, _rows!.Select(r => r.Row).ToList());
            if (!outcome.Succeeded)
            {
                Show(Messages.For(outcome), Severity.Error);
                return;
            }

            _rows = null;
            Show(L["Records.Done", outcome.Value.ToString("N0")], Severity.Success);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _severity = severity;
    }
}
