using EmulationPortal.Application.Common;
using EmulationPortal.Application.Progress;
using MudBlazor;

namespace EmulationPortal.Web.Features.Progress;

/// <summary>Opens the report or the correction dialog for one line of a sheet; true once a report was saved.</summary>
internal static class ProgressDialog
{
    public static async Task<bool> ShowAsync(IDialogService dialogs, string title, ProgressLine line, ProgressSheet sheet, Func<ProgressEntryForm, Task<Outcome>> save)
    {
        var parameters = new DialogParameters<ReportProgressDialog>
        {
            { d => d.Line, line },
            { d => d.Start, sheet.Start },
            { d => d.End, sheet.End },
            { d => d.Save, save },
        };
        var dialog = await dialogs.ShowAsync<ReportProgressDialog>(title, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }

    public static async Task<bool> CorrectAsync(IDialogService dialogs, string title, ProgressLine line, ProgressEntry entry, Func<ProgressCorrectionForm, Task<Outcome>> save)
    {
        var parameters = new DialogParameters<CorrectProgressDialog>
        {
            { d => d.Line, line },
            { d => d.Entry, entry },
            { d => d.Save, save },
        };
        var dialog = await dialogs.ShowAsync<CorrectProgressDialog>(title, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }

    private static DialogOptions Options => new() { MaxWidth = MaxWidth.Small, FullWidth = true };
}
