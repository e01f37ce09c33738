using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Data.Seed;

/// <summary>The peak drive "Lập công dâng Đảng" (1/1/2021 – 2/2/2021) launched by Factory Z121 on 28/12/2020.</summary>
internal static class DemoCampaign
{
    public static DateOnly LaunchDay { get; } = new(2020, 12, 28);

    /// <summary>The day the demo stands on: part-way through the drive, pledges still open.</summary>
    public static DateOnly DemoToday { get; } = new(2021, 1, 12);

    public static Campaign Create(int ownerUnitId)
    {
        var campaign = new Campaign(
            "Đợt thi đua cao điểm “Lập công dâng Đảng”",
            CampaignKind.PeakDrive,
            ownerUnitId,
            new CampaignPeriod(new(2021, 1, 1), new(2021, 2, 2), pledgeDeadline: new(2021, 1, 20), launchDeadline: new(2021, 1, 4)))
        {
            Theme = "Lập công dâng Đảng",
            Occasion = "Chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kỷ niệm 75 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam",
            Description = "Xây dựng quyết tâm, trách nhiệm của mỗi cán bộ, công nhân viên; hoàn thành xuất sắc nhiệm vụ chính trị, "
                + "trọng tâm là chất lượng và tiến độ sản phẩm quốc phòng; tập trung sản xuất pháo hoa đảm bảo số lượng, chất lượng, "
                + "đa dạng mẫu mã; đoàn kết, chấp hành nghiêm kỷ luật, bảo đảm tuyệt đối an toàn; tổ chức tốt các hoạt động.",
            PledgesRequired = true,
            LeaderAcceptanceRequired = true,
        };

        campaign.AddCriterion("Sản phẩm quốc phòng giao đúng tiến độ", "Tỷ lệ sản phẩm quốc phòng bàn giao đúng kế hoạch, đạt chất lượng", Measure.Percentage, null, Direction.HigherIsBetter, 3);
        campaign.AddCriterion("Sản lượng pháo hoa", "Số quả pháo hoa hoàn thành, nghiệm thu", Measure.Count, "quả", Direction.HigherIsBetter, 2);
        campaign.AddCriterion("Mẫu pháo hoa mới", "Số mẫu mã pháo hoa mới đưa vào sản xuất", Measure.Count, "mẫu", Direction.HigherIsBetter, 1);
        campaign.AddCriterion("Sự cố mất an toàn", "Tuyệt đối an toàn: không để xảy ra sự cố", Measure.Count, "vụ", Direction.LowerIsBetter, 3);
        campaign.AddCriterion("Vi phạm kỷ luật", "Chấp hành nghiêm kỷ luật lao động, kỷ luật quân đội", Measure.Count, "vụ", Direction.LowerIsBetter, 2);
        campaign.AddCriterion("Sáng kiến, cải tiến kỹ thuật", "Số sáng kiến được Hội đồng sáng kiến công nhận", Measure.Count, "sáng kiến", Direction.HigherIsBetter, 1).CountInitiatives();
        return campaign;
    }

    /// <summary>Per-unit targets by criterion (in the order above) for a workshop, department or team.</summary>
    public static double[] TargetsFor(string unitCode) => unitCode switch
    {
        "PX2" => [100, 120_000, 6, 0, 0, 8],
        "PX2-T1" or "PX2-T2" => [100, 60_000, 3, 0, 0, 4],
        "PX1" => [100, 10_000, 1, 0, 0, 6],
        "PX1-T1" or "PX1-T2" => [100, 5_000, 0, 0, 0, 3],
        "PX3" => [100, 20_000, 2, 0, 0, 6],
        "PX3-T1" or "PX3-T2" => [100, 10_000, 1, 0, 0, 3],
        "PX4" or "PX4-T1" => [100, 0, 0, 0, 0, 4],
        "Z121" => [100, 150_000, 9, 0, 0, 30],
        _ => [100, 0, 0, 0, 0, 2],
    };

    public static IReadOnlyList<string> ActionProgrammes { get; } =
    [
        "Chấp hành nghiêm quy trình công nghệ, bảo đảm chất lượng và tiến độ từng công đoạn; tăng ca khi cần để kịp kế hoạch giao hàng.",
        "Học tập, nắm vững quy trình an toàn; kiểm tra thiết bị đầu ca; không để xảy ra sự cố; giữ gìn vệ sinh công nghiệp.",
        "Đăng ký ít nhất một sáng kiến hợp lý hóa sản xuất; kèm cặp công nhân mới; hoàn thành vượt mức sản lượng được giao.",
        "Đi làm đúng giờ, chấp hành nghiêm kỷ luật lao động; tham gia đầy đủ các hoạt động thi đua của đơn vị.",
    ];
}
