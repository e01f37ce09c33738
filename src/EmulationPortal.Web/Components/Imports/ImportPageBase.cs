using EmulationPortal.Application.Common;
using EmulationPortal.Application.Access;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using EmulationPortal.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EmulationPortal.Web.Components.Imports;

/// <summary>
/// The skeleton every spreadsheet import shares: upload a file of at most <see cref="MaxMegabytes"/> MB, preview every
/// row with its errors, then save; one message line for what went wrong or right. The page says how to preview and save.
/// </summary>
/// <typeparam name="TCheck">A row as read from the file, with its errors.</typeparam>
public abstract class ImportPageBase<TCheck> : ComponentBase
{
    protected const int MaxMegabytes = 5;
    protected const long MaxBytes = MaxMegabytes * 1024 * 1024;

    /// <summary>The rows of the last file, or null before one is read (or after a save).</summary>
    protected IReadOnlyList<TCheck>? Rows { get; set; }

    protected string FileName { get; private set; } = string.Empty;

    protected string? Message { get; private set; }

    protected Severity MessageSeverity { get; private set; }

    /// <summary>True while a file is read or saved: the page disables its buttons.</summary>
    protected bool Busy { get; set; }

    [Inject] private protected UserMessages Messages { get; set; } = default!;

    [Inject] private protected CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    /// <summary>The rows of the file with their errors, or the code of what makes the whole file unreadable.</summary>
    protected abstract Task<(IReadOnlyList<TCheck>? Rows, string? FileErrorCode)> PreviewAsync(ICurrentUser user, Stream content, string fileName);

    /// <summary>What the page forgets with the last file (rows it was told to skip, say).</summary>
    protected virtual void Forget()
    {
    }

    protected void Clear()
    {
        Rows = null;
        Message = null;
        Forget();
    }

    protected async Task UploadAsync(InputFileChangeEventArgs e)
    {
        Clear();
        if (e.File.Size > MaxBytes)
        {
            Show(Localizer["Admin.Import.TooLarge", MaxMegabytes], Severity.Error);
            return;
        }

        Busy = true;
        try
        {
            // The browser stream is read once into memory: an .xlsx is a zip and needs a seekable stream.
            using var content = new MemoryStream();
            await using (var upload = e.File.OpenReadStream(MaxBytes))
            {
                await upload.CopyToAsync(content);
            }

            content.Position = 0;
            FileName = e.File.Name;
            var (rows, fileError) = await PreviewAsync(await CurrentUser.GetAsync(), content, e.File.Name);
            if (fileError is { } code)
            {
                Show(Messages.For(code, code), Severity.Error);
                return;
            }

            Rows = rows;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The save's outcome as the message line: its failure, or <paramref name="done"/> with the rows forgotten.</summary>
    protected void ShowSaved(Outcome<int> outcome, Func<int, string> done)
    {
        if (!outcome.Succeeded)
        {
            Show(Messages.For(outcome), Severity.Error);
            return;
        }

        Clear();
        Show(done(outcome.Value), Severity.Success);
    }

    protected void Show(string message, Severity severity)
    {
        Message = message;
        MessageSeverity = severity;
    }
}
