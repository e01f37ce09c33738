using Bunit;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Web.Components.Shared;
using EmulationPortal.Web.Features.Pledges;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Pledges;

public class PledgeFormTests : PortalComponentTest
{
    private readonly PledgeDraft _draft = new()
    {
        CampaignId = 1,
        ActionProgramme = "Kiểm tra thiết bị đầu ca <b>mỗi ngày</b>",
        Lines =
        [
            new PledgeLine { CriterionId = 1, Name = "Sản phẩm quốc phòng giao đúng tiến độ", Measure = Measure.Percentage, UnitOfMeasure = "%", Included = true },
            new PledgeLine { CriterionId = 2, Name = "Sản lượng pháo hoa", Measure = Measure.Number, UnitOfMeasure = "quả", Target = 20_000, Included = true },
        ],
    };

    public PledgeFormTests()
    {
        Services.AddScoped<IValidator<PledgeDraft>, PledgeDraftValidator>();
        Services.AddScoped<UserMessages>();
        Services.AddScoped<FormValidation>();
        UseInteractiveRenderer();
    }

    private IRenderedComponent<PledgeForm> RenderForm() => Render<PledgeForm>(p => p.Add(f => f.Model, _draft));

    private static AngleSharp.Dom.IElement InputLabelled(IRenderedComponent<PledgeForm> form, string label)
    {
        var id = form.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return form.Find($"#{id}");
    }

    [Fact]
    public void An_invalid_percentage_shows_the_error_next_to_its_field_and_keeps_the_action_programme()
    {
        var form = RenderForm();

        InputLabelled(form, "Tỷ lệ đăng ký (%)").Change("101");

        var field = InputLabelled(form, "Tỷ lệ đăng ký (%)").Closest(".mud-input-control")!;
        Assert.Contains("Tỷ lệ phải từ 0 đến 100.", field.TextContent, StringComparison.Ordinal);
        Assert.Equal(101, _draft.Lines[0].Value);
        Assert.Equal("Kiểm tra thiết bị đầu ca <b>mỗi ngày</b>", InputLabelled(form, "Chương trình hành động").GetAttribute("value") ?? InputLabelled(form, "Chương trình hành động").TextContent);
    }

    [Fact]
    public void A_collective_line_shows_the_units_target_and_markup_is_shown_as_text()
    {
        var form = RenderForm();

        Assert.Contains("Chỉ tiêu giao cho đơn vị: 20.000 quả", form.Markup, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("b")); // the typed markup stays text inside the field
    }

    [Fact]
    public async Task Submitting_without_an_action_programme_marks_that_field()
    {
        _draft.ActionProgramme = "";
        _draft.Intent = PledgeIntent.Submit;
        _draft.Lines.ForEach(l => l.Value = 1);
        var form = RenderForm();

        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        var field = InputLabelled(form, "Chương trình hành động").Closest(".mud-input-control")!;
        Assert.Contains("Vui lòng viết chương trình hành động trước khi gửi.", field.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticked_criterion_left_empty_passes_as_a_draft_and_is_marked_at_its_field_on_submit()
    {
        _draft.Lines[0].Value = 90;
        var form = RenderForm();

        var asDraft = await form.InvokeAsync(() => form.Instance.ValidateAsync());
        _draft.Intent = PledgeIntent.Submit;
        var onSubmit = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.True(asDraft);
        Assert.False(onSubmit);
        var field = InputLabelled(form, "Giá trị đăng ký (quả)").Closest(".mud-input-control")!;
        Assert.Contains("Vui lòng nhập giá trị hoặc bỏ chọn nội dung này.", field.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_every_criterion_out_is_kept_as_a_draft_and_refused_on_submit_with_a_message()
    {
        _draft.Lines.ForEach(l => l.Included = false);
        var form = RenderForm();
        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateAsync()));
        _draft.Intent = PledgeIntent.Submit;

        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Contains("Vui lòng đăng ký ít nhất một nội dung.", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_criterion_is_a_group_named_by_its_heading_whose_value_field_names_the_unit_and_shows_the_target_under_it()
    {
        var form = RenderForm();

        var group = form.FindAll(".pledge-criterion").Single(g => g.QuerySelector("h3")!.TextContent == "Sản lượng pháo hoa");
        Assert.Equal(group.QuerySelector("h3")!.Id, group.GetAttribute("aria-labelledby"));
        var field = InputLabelled(form, "Giá trị đăng ký (quả)").Closest(".mud-input-control")!;
        Assert.Contains("Chỉ tiêu giao cho đơn vị: 20.000 quả", field.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(form.FindAll("label"), l => l.TextContent.Contains("Sản lượng pháo hoa", StringComparison.Ordinal));
    }

    [Fact]
    public void A_criterion_the_drive_requires_is_ticked_without_a_box_to_untick_it()
    {
        _draft.Lines.ForEach(l => l.Included = false);
        _draft.Lines[1].Required = true;
        _draft.Lines[1].Included = true;
        var form = RenderForm();

        var groups = form.FindAll(".pledge-criterion");
        Assert.Single(groups[0].QuerySelectorAll("input[type=checkbox]"));
        Assert.Empty(groups[1].QuerySelectorAll("input[type=checkbox]"));
        Assert.Contains("Bắt buộc", groups[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(InputLabelled(form, "Giá trị đăng ký (quả)"));
    }

    [Fact]
    public async Task A_refused_submit_lists_each_field_to_fix_by_its_name_in_an_alert()
    {
        _draft.ActionProgramme = "";
        _draft.Intent = PledgeIntent.Submit;
        _draft.Lines[0].Value = 90;
        var form = RenderForm();

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateAsync()));

        var summary = form.Find(".pledge-error-summary");
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Contains("Chưa gửi được. Cần sửa 2 mục:", summary.TextContent, StringComparison.Ordinal);
        var items = summary.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Chương trình hành động: Vui lòng viết chương trình hành động trước khi gửi.", "Sản lượng pháo hoa: Vui lòng nhập giá trị hoặc bỏ chọn nội dung này."],
            items);

        InputLabelled(form, "Chương trình hành động").Input("Kiểm tra thiết bị");
        InputLabelled(form, "Giá trị đăng ký (quả)").Change("500");
        Assert.Empty(form.FindAll(".pledge-error-summary")); // the summary shrinks as its problems are fixed
        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateAsync()));
        Assert.Empty(form.FindAll(".pledge-error-summary"));
    }
}
