using EmulationPortal.Application.Access;
using EmulationPortal.Application.Reviews.Import;
using EmulationPortal.Web.Components.Imports;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Reviews;

/// <summary>
/// A unit's annual duty ratings, or its titles of earlier years, from Excel: download the template, upload, preview
/// every row with its errors, save all rows in one transaction. Nothing is saved while any row has an error.
/// </summary>
public sealed partial class RecordImportPage : ImportPageBase<RecordRowCheck>
{
    private RecordKind _kind = RecordKind.Ratings;

    [Inject] private PreviewRecordImport Preview { get; set; } = default!;
    [Inject] private ImportRecords Import { get; set; } = default!;
    [Inject] private ReviewText Text { get; set; } = default!;

    private int Valid => Rows?.Count(r => r.IsValid) ?? 0;

    private int Bad => Rows?.Count(r => !r.IsValid) ?? 0;

    private string Resolved(RecordRowCheck row) =>
        row.Rating is { } rating ? Text.Rating(rating) : row.Title is { } title ? Text.Title(title) : row.Row.Value;

    private void KindChanged(RecordKind kind)
    {
        _kind = kind;
        Clear();
    }

    protected override async Task<(IReadOnlyList<RecordRowCheck>? Rows, string? FileErrorCode)> PreviewAsync(ICurrentUser user, Stream content, string fileName)
    {
        var preview = await Preview.ExecuteAsync(user, _kind, content, fileName);
        if (preview is { FileErrorCode: null, Rows.Count: 0 })
        {
            Show(L["Records.Empty"], Severity.Warning);
        }

        return (preview?.Rows, preview?.FileErrorCode);
    }

    private async Task ImportAsync()
    {
        Busy = true;
        try
        {
            var outcome = await Import.ExecuteAsync(await CurrentUser.GetAsync(), _kind, Rows!.Select(r => r.Row).ToList());
            ShowSaved(outcome, saved => L["Records.Done", saved.ToString("N0")]);
        }
        finally
        {
            Busy = false;
        }
    }
}
