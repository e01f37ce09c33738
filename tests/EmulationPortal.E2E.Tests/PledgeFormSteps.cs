using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests;

/// <summary>What a worker types into the founding drive's individual pledge form, found by the fields' labels.</summary>
public static class PledgeFormSteps
{
    public static async Task FillValidPledgeAsync(IPage page)
    {
        await page.GetByLabel("Sản phẩm quốc phòng giao đúng tiến độ", new() { Exact = true }).FillAsync("100");
        await page.GetByLabel("Sản lượng pháo hoa", new() { Exact = true }).FillAsync("500");
        await page.GetByLabel("Mẫu pháo hoa mới", new() { Exact = true }).FillAsync("0");
        await page.GetByLabel("Sự cố mất an toàn", new() { Exact = true }).FillAsync("0");
        await page.GetByLabel("Vi phạm kỷ luật", new() { Exact = true }).FillAsync("0");
        await page.GetByLabel("Sáng kiến, cải tiến kỹ thuật", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Chương trình hành động").FillAsync("Kiểm tra thiết bị đầu ca; không để xảy ra sự cố; hoàn thành 500 quả pháo hoa.");
    }
}
