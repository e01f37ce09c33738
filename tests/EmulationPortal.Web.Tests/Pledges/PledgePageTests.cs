using Bunit;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Web.Features.Pledges;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EmulationPortal.Web.Tests.Pledges;

/// <summary>The demo admin's own pledge in the demo drive (the seed gives the admin none): leaving, refusing and withdrawing.</summary>
public class PledgePageTests : PortalPageTest
{
    private const string OnSchedule = "Sản phẩm quốc phòng giao đúng tiến độ";

    protected override void RegisterPageServices()
    {
        Forward<PledgePageQuery>();
        Forward<SavePledge>();
        Forward<WithdrawPledge>();
        Forward<IValidator<PledgeDraft>>();
        Forward<TimeProvider>();
    }

    private IRenderedComponent<MudDialogProvider> _dialogs = default!;

    private IRenderedComponent<PledgePage> RenderPage()
    {
        _dialogs = Render<MudDialogProvider>();
        var page = Render<PledgePage>(p => p.Add(x => x.CampaignId, 1));
        page.WaitForElement("textarea");
        return page;
    }

    private async Task<Pledge?> AdminsPledgeAsync()
    {
        await using var db = Database.NewContext();
        return await db.Pledges.Include(p => p.Items).AsNoTracking()
            .SingleOrDefaultAsync(p => p.CampaignId == 1 && db.Users.Any(u => u.Id == p.UserId && u.Email == "admin@z121.demo"), Ct);
    }

    private static void Click<T>(IRenderedComponent<T> root, string text)
        where T : IComponent =>
        root.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    private void FillEveryLine(IRenderedComponent<PledgePage> page)
    {
        foreach (var (name, value) in new[] { (OnSchedule, "100"), ("Sản lượng pháo hoa", "500"), ("Mẫu pháo hoa mới", "0"), ("Sự cố mất an toàn", "0"), ("Vi phạm kỷ luật", "0"), ("Sáng kiến, cải tiến kỹ thuật", "1") })
        {
            Field(page, name).Change(value);
        }
    }

    [Fact]
    public async Task An_edit_made_just_before_following_a_link_is_stored_first()
    {
        var page = RenderPage();
        FillEveryLine(page);

        await page.InvokeAsync(() => Services.GetRequiredService<NavigationManager>().NavigateTo("/"));

        page.WaitForAssertion(() => Assert.NotNull(AdminsPledgeAsync().GetAwaiter().GetResult()));
        var stored = (await AdminsPledgeAsync())!;
        Assert.Equal(PledgeStatus.Draft, stored.Status);
        Assert.Equal(6, stored.Items.Count);
    }

    [Fact]
    public void Submitting_without_an_action_programme_says_it_was_not_sent()
    {
        var page = RenderPage();
        FillEveryLine(page);

        Click(page, "Gửi đăng ký");

        page.WaitForAssertion(() => Assert.Contains("Chưa gửi được: hãy sửa các ô được đánh dấu đỏ.", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdrawing_asks_first_says_what_it_undoes_and_cancelling_keeps_the_pledge()
    {
        var page = RenderPage();
        FillEveryLine(page);
        Click(page, "Lưu nháp");
        page.WaitForAssertion(() => Assert.Contains("Rút đăng ký", page.Markup, StringComparison.Ordinal));
        var dialogs = _dialogs;

        Click(page, "Rút đăng ký");
        dialogs.WaitForAssertion(() => Assert.Contains("Bản nháp được giữ lại nhưng đánh dấu là đã rút", dialogs.Markup, StringComparison.Ordinal));
        Click(dialogs, "Hủy");
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Bản nháp được giữ lại", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(PledgeStatus.Draft, (await AdminsPledgeAsync())!.Status);

        Click(page, "Rút đăng ký");
        dialogs.WaitForAssertion(() => Assert.Contains("Bản nháp được giữ lại", dialogs.Markup, StringComparison.Ordinal));
        Click(dialogs, "Rút đăng ký");
        page.WaitForAssertion(() => Assert.Contains("Đã rút đăng ký.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(PledgeStatus.Withdrawn, (await AdminsPledgeAsync())!.Status);
    }
}
