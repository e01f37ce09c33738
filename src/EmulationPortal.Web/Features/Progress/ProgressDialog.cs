using EmulationPortal.Application.Common;
using EmulationPortal.Application.Progress;
using MudBlazor;

namespace EmulationPortal.Web.Features.Progress;

/// <summary>Opens the report dialog for one line of a sheet; true once a report was saved.</summary>
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
        var dialog = await dialogs.ShowAsync<ReportProgressDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false };
    }
}
