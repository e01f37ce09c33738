using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>What a worker types into the founding drive's individual pledge form, found by the fields' labels.</summary>
public static class PledgeFormSteps
{
    /// <summary>A new pledge ticks no criterion: the worker ticks each one they commit to, and its value field appears.</summary>
    public static Task TickAsync(IPage page, string criterion) =>
        page.GetByRole(AriaRole.Checkbox, new() { Name = $"Đăng ký: {criterion}", Exact = true }).CheckAsync();

    public static async Task FillValidPledgeAsync(IPage page)
    {
        foreach (var (criterion, value) in new[]
        {
            ("Sản phẩm quốc phòng giao đúng tiến độ", "100"), ("Sản lượng pháo hoa", "500"), ("Mẫu pháo hoa mới", "0"),
            ("Sự cố mất an toàn", "0"), ("Vi phạm kỷ luật", "0"), ("Sáng kiến, cải tiến kỹ thuật", "1"),
        })
        {
            await TickAsync(page, criterion);
            await page.GetByLabel(criterion, new() { Exact = true }).FillAsync(value);
        }

        await page.GetByLabel("Chương trình hành động").FillAsync("Kiểm tra thiết bị đầu ca; không để xảy ra sự cố; hoàn thành 500 quả pháo hoa.");
    }
}
