using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>
/// What a worker types into the founding drive's individual pledge form: each criterion is a group named by its heading,
/// holding a tick box and a value field labelled by what it holds.
/// </summary>
public static class PledgeFormSteps
{
    public static ILocator Criterion(IPage page, string criterion) => page.GetByRole(AriaRole.Group, new() { Name = criterion, Exact = true });

    public static ILocator TickBox(IPage page, string criterion) =>
        Criterion(page, criterion).GetByRole(AriaRole.Checkbox, new() { Name = "Đăng ký nội dung này", Exact = true });

    /// <summary>The criterion's value field: its label names the value and unit ("Giá trị đăng ký (quả)"), not the criterion.</summary>
    public static ILocator Value(IPage page, string criterion) => Criterion(page, criterion).GetByRole(AriaRole.Textbox);

    /// <summary>A new pledge ticks no criterion: the worker ticks each one they commit to, and its value field appears.</summary>
    public static Task TickAsync(IPage page, string criterion) => TickBox(page, criterion).CheckAsync();

    public static async Task FillValidPledgeAsync(IPage page)
    {
        foreach (var (criterion, value) in new[]
        {
            ("Sản phẩm quốc phòng giao đúng tiến độ", "100"), ("Sản lượng pháo hoa", "500"), ("Mẫu pháo hoa mới", "0"),
            ("Sự cố mất an toàn", "0"), ("Vi phạm kỷ luật", "0"), ("Sáng kiến, cải tiến kỹ thuật", "1"),
        })
        {
            await TickAsync(page, criterion);
            await Value(page, criterion).FillAsync(value);
        }

        await page.GetByLabel("Chương trình hành động").FillAsync("Kiểm tra thiết bị đầu ca; không để xảy ra sự cố; hoàn thành 500 quả pháo hoa.");
    }
}
