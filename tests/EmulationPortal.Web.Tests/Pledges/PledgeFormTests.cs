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

        InputLabelled(form, "Sản phẩm quốc phòng giao đúng tiến độ").Change("101");

        var field = InputLabelled(form, "Sản phẩm quốc phòng giao đúng tiến độ").Closest(".mud-input-control")!;
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
        var field = InputLabelled(form, "Sản lượng pháo hoa").Closest(".mud-input-control")!;
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
}
