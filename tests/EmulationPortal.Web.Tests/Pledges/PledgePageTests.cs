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

/// <summary>The demo admin's own pledge in the demo drive (the seed gives the admin none): drafts, leaving, refusing and withdrawing.</summary>
public class PledgePageTests : PortalPageTest
{
    private const string OnSchedule = "Sản phẩm quốc phòng giao đúng tiến độ";
    private const string Fireworks = "Sản lượng pháo hoa";

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

    /// <summary>The criterion's group, named by its heading: it holds the tick box and the value field.</summary>
    private static AngleSharp.Dom.IElement Criterion(IRenderedComponent<PledgePage> page, string name) =>
        page.FindAll(".pledge-criterion").Single(g => g.QuerySelector("h3")!.TextContent.Trim() == name);

    /// <summary>The criterion's "Đăng ký nội dung này" checkbox (a new pledge ticks none).</summary>
    private static AngleSharp.Dom.IElement Tick(IRenderedComponent<PledgePage> page, string name) =>
        Criterion(page, name).QuerySelector("input[type=checkbox]")!;

    /// <summary>The criterion's value field (labelled by the value and unit, inside the criterion's group).</summary>
    private static AngleSharp.Dom.IElement ValueOf(IRenderedComponent<PledgePage> page, string name) =>
        Criterion(page, name).QuerySelector("input:not([type=checkbox])")!;

    private static bool Ticked(IRenderedComponent<PledgePage> page, string name) => Tick(page, name).HasAttribute("checked")
        || Tick(page, name).GetAttribute("aria-checked") == "true";

    private void FillEveryLine(IRenderedComponent<PledgePage> page)
    {
        foreach (var (name, value) in new[] { (OnSchedule, "100"), ("Sản lượng pháo hoa", "500"), ("Mẫu pháo hoa mới", "0"), ("Sự cố mất an toàn", "0"), ("Vi phạm kỷ luật", "0"), ("Sáng kiến, cải tiến kỹ thuật", "1") })
        {
            Tick(page, name).Change(true);
            ValueOf(page, name).Change(value);
        }
    }

    /// <summary>One line ticked with a value, one ticked and left empty, the action programme half written.</summary>
    private static void FillHalf(IRenderedComponent<PledgePage> page)
    {
        Tick(page, OnSchedule).Change(true);
        ValueOf(page, OnSchedule).Change("100");
        Tick(page, Fireworks).Change(true);
        page.Find("textarea").Input("Kiểm tra thiết bị");
    }

    private async Task<Pledge> StoredHalfDraftAsync(IRenderedComponent<PledgePage> page)
    {
        page.WaitForAssertion(() => Assert.Equal(2, AdminsPledgeAsync().GetAwaiter().GetResult()?.Items.Count));
        return (await AdminsPledgeAsync())!;
    }

    private static void AssertHalfDraft(Pledge stored)
    {
        Assert.Equal(PledgeStatus.Draft, stored.Status);
        Assert.Equal(new double?[] { 100, null }, stored.Items.OrderBy(i => i.CriterionId).Select(i => i.CommittedValue));
        Assert.Equal("Kiểm tra thiết bị", stored.ActionProgramme);
    }

    [Fact]
    public async Task A_half_filled_draft_saved_with_the_button_comes_back_as_typed_after_a_reload()
    {
        var page = RenderPage();
        Assert.DoesNotContain(page.FindAll("label"), l => l.TextContent.Trim() == OnSchedule); // nothing ticked, no value asked
        FillHalf(page);

        Click(page, "Lưu nháp");
        AssertHalfDraft(await StoredHalfDraftAsync(page));

        await DisposeComponentsAsync(); // the reload: a new circuit renders the page from what was stored
        var reloaded = RenderPage();
        Assert.Equal(("100", ""), (ValueOf(reloaded, OnSchedule).GetAttribute("value"), ValueOf(reloaded, Fireworks).GetAttribute("value") ?? ""));
        Assert.True(Ticked(reloaded, OnSchedule) && Ticked(reloaded, Fireworks));
        Assert.False(Ticked(reloaded, "Sự cố mất an toàn"));
        Assert.Equal("Kiểm tra thiết bị", reloaded.Find("textarea").GetAttribute("value") ?? reloaded.Find("textarea").TextContent);
    }

    [Fact]
    public async Task A_half_filled_draft_is_autosaved_two_seconds_after_the_last_edit()
    {
        var page = RenderPage();
        FillHalf(page);

        Database.Clock.Advance(PledgeEditSession.AutosaveDelay);

        AssertHalfDraft(await StoredHalfDraftAsync(page));
        page.WaitForAssertion(() => Assert.Contains("Đã lưu nháp lúc", page.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Submitting_a_ticked_criterion_left_empty_says_why_next_to_that_field()
    {
        var page = RenderPage();
        FillHalf(page);
        page.Find("textarea").Input("Kiểm tra thiết bị đầu ca mỗi ngày.");

        Click(page, "Gửi đăng ký");

        page.WaitForAssertion(() => Assert.Contains("Chưa gửi được. Cần sửa", page.Find(".pledge-error-summary").TextContent, StringComparison.Ordinal));
        var field = ValueOf(page, Fireworks).Closest(".mud-input-control")!;
        Assert.Contains("Vui lòng nhập giá trị hoặc bỏ chọn nội dung này.", field.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vui lòng nhập giá trị", ValueOf(page, OnSchedule).Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
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

        page.WaitForAssertion(() => Assert.Contains("Chưa gửi được. Cần sửa", page.Find(".pledge-error-summary").TextContent, StringComparison.Ordinal));
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
