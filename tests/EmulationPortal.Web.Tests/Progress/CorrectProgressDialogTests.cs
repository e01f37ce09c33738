using Bunit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Progress;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Web.Components.Shared;
using EmulationPortal.Web.Features.Progress;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EmulationPortal.Web.Tests.Progress;

/// <summary>Issue 10: the "Sửa số liệu" dialog: the right value read in the user's culture and a mandatory reason, checked beside the fields.</summary>
public class CorrectProgressDialogTests : PortalComponentTest
{
    /// <summary>The machine running the suite is shared and loaded: slow renders get up to 20 s.</summary>
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(20);

    private static readonly ProgressLine Line = new(7, "Sản lượng pháo hoa", Measure.Count, "quả", EmulationPortal.Domain.Campaigns.Direction.HigherIsBetter, 2, 20_000, []);
    private static readonly ProgressEntry Wrong = new(42, Guid.NewGuid(), new DateOnly(2021, 1, 11), 66_000, null, "Vũ Quang Sơn", new DateTime(2021, 1, 11, 10, 0, 0), null, null);
    private readonly List<ProgressCorrectionForm> _saved = [];
    private Outcome _answer = Outcome.Ok();

    public CorrectProgressDialogTests()
    {
        Services.AddScoped<UserMessages>();
        Services.AddScoped<FormValidation>();
        Services.AddTransient<IValidator<ProgressCorrectionForm>, ProgressCorrectionFormValidator>();
        UseInteractiveRenderer();
    }

    private IRenderedComponent<MudDialogProvider> Open()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        // Not awaited: the dialog's task ends when it closes.
        _ = provider.InvokeAsync(() => ProgressDialog.CorrectAsync(dialogs, "Sửa số liệu", Line, Wrong, form =>
        {
            _saved.Add(form);
            return Task.FromResult(_answer);
        }));
        provider.WaitForElement("textarea", Slow);
        return provider;
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<MudDialogProvider> dialog, string label)
    {
        var id = dialog.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return dialog.Find($"#{id}");
    }

    private static void Save(IRenderedComponent<MudDialogProvider> dialog) =>
        dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Lưu số liệu đã sửa").Click();

    [Fact]
    public void Without_a_reason_nothing_is_saved_and_the_reason_field_says_why()
    {
        var dialog = Open();

        Field(dialog, "Giá trị đúng").Change("6.600");
        Save(dialog);

        dialog.WaitForAssertion(() => Assert.Contains("Vui lòng ghi lý do sửa số liệu.", Field(dialog, "Lý do sửa").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal), Slow);
        Assert.Empty(_saved);
    }

    [Fact]
    public void The_right_value_is_read_in_vietnamese_and_sent_with_the_reports_version()
    {
        var dialog = Open();

        Field(dialog, "Giá trị đúng").Change("6.600");
        Field(dialog, "Lý do sửa").Input("Gõ thừa một số 0");
        Save(dialog);

        dialog.WaitForAssertion(() => Assert.Single(_saved), Slow);
        Assert.Equal((42L, Wrong.Version, 6600d, "Gõ thừa một số 0"), (_saved[0].ReportId, _saved[0].Version, _saved[0].Value!.Value, _saved[0].Reason));
    }

    [Fact]
    public void A_report_corrected_meanwhile_is_told_in_the_dialog()
    {
        _answer = Outcome.Conflict();
        var dialog = Open();

        Field(dialog, "Lý do sửa").Input("Nhập nhầm");
        Save(dialog);

        dialog.WaitForAssertion(() => Assert.Contains("Báo cáo này vừa được sửa hoặc thay đổi.", dialog.Markup, StringComparison.Ordinal), Slow);
    }
}
