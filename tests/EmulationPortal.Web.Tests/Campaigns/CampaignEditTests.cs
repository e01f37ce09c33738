using Bunit;
using EmulationPortal.Application.Campaigns;
using EmulationPortal.Web.Features.Campaigns;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Campaigns;

/// <summary>The admin's drive form on the demo data: field errors beside the field, input kept, concurrent saves detected.</summary>
public class CampaignEditTests : PortalPageTest
{
    private const string DemoTitle = "Lập công dâng Đảng";

    protected override void RegisterPageServices()
    {
        Forward<CampaignFormQuery>();
        Forward<SaveCampaign>();
        Services.AddTransient<IValidator<CampaignForm>, CampaignFormValidator>();
    }

    private IRenderedComponent<CampaignEdit> RenderForm(int? id) => Render<CampaignEdit>(p => p.Add(f => f.Id, id));

    private static void Save(IRenderedComponent<CampaignEdit> form) =>
        form.FindAll("button").Single(b => b.TextContent.Trim() == "Lưu").Click();

    private async Task<string> StoredTitleAsync()
    {
        await using var db = Database.NewContext();
        return await db.Campaigns.Where(c => c.Id == 1).Select(c => c.Title).SingleAsync(Ct);
    }

    [Fact]
    public async Task A_missing_title_is_shown_beside_the_field_and_the_other_fields_keep_what_was_typed()
    {
        var form = RenderForm(1);
        form.WaitForElement("form");

        Field(form, "Tên đợt thi đua").Change("");
        Field(form, "Nhân dịp").Change("Kỷ niệm 91 năm Ngày thành lập Đảng");
        Save(form);

        form.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên đợt thi đua.",
            Field(form, "Tên đợt thi đua").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Equal("Kỷ niệm 91 năm Ngày thành lập Đảng", Field(form, "Nhân dịp").GetAttribute("value"));
        Assert.Contains(DemoTitle, await StoredTitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_admin_to_save_the_same_drive_is_told_of_the_conflict_and_keeps_their_input()
    {
        var first = RenderForm(1);
        var second = RenderForm(1);
        first.WaitForElement("form");
        second.WaitForElement("form");

        Field(first, "Tên đợt thi đua").Change($"{DemoTitle} (bản của quản trị viên 1)");
        Save(first);
        first.WaitForAssertion(() => Assert.EndsWith("/campaigns/1", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal));

        Field(second, "Tên đợt thi đua").Change($"{DemoTitle} (bản của quản trị viên 2)");
        Save(second);

        second.WaitForAssertion(() => Assert.Contains("Người khác vừa lưu thay đổi trên cùng bản ghi.", second.Markup, StringComparison.Ordinal));
        Assert.Equal($"{DemoTitle} (bản của quản trị viên 2)", Field(second, "Tên đợt thi đua").GetAttribute("value"));
        Assert.Equal($"{DemoTitle} (bản của quản trị viên 1)", await StoredTitleAsync());
    }

    /// <summary>Issue 10: the weight field read "1.500" the invariant way (1.5); it is the portal's culture-aware number field now.</summary>
    [Theory]
    [InlineData("1.500", "Trọng số tối đa 1.000.")] // read as 1500, over the maximum: refused with the rule's message
    [InlineData("1.5", "Số chưa rõ nghĩa")]         // an English decimal on a Vietnamese page
    public void A_criterion_weight_is_read_in_the_users_culture_and_refused_beside_the_field(string typed, string message)
    {
        var form = RenderForm(null);
        form.WaitForElement("form");
        form.FindAll("button").Single(b => b.TextContent.Trim() == "Thêm nội dung").Click();

        Field(form, "Trọng số 1").Change(typed);
        Save(form);

        form.WaitForAssertion(() => Assert.Contains(message, Field(form, "Trọng số 1").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(typed, Field(form, "Trọng số 1").GetAttribute("value"));
    }
}
