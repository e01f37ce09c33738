using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Initiatives;

/// <summary>
/// Z121's initiative council (the political officer as secretary, PX1's leader, an engineer of PKT: two agreeing
/// recognise) and its register in every state. The recognised ones were decided before the drive's progress was kept
/// here: they are in the units' typed figures already, so they are not counted again (no report of their own).
/// SK-2020-011 was consumed by its author's 2020 fighter title.
/// </summary>
internal sealed class DemoInitiatives(PortalDbContext db)
{
    public static IReadOnlyList<string> CouncilLogins { get; } = ["chinhtri", "px1.truong", "pkt.cnv01"];

    private sealed record Spec(string? Code, string[] Logins, InitiativeState State, InitiativeScope Scope, DateOnly Filed, string Title, double? Saving = null);

    private static readonly Spec[] Register =
    [
        new("SK-2021-014", ["px1.cnv01"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 11, 20), "Cải tiến đồ gá lắp ngòi nổ, giảm thời gian lắp 15 %", 45_000_000),
        new("SK-2021-020", ["px1.cnv03"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 11, 23), "Khay chứa bán thành phẩm chống tĩnh điện"),
        new("SK-2021-031", ["px1.cnv08"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 1), "Sổ tay kiểm tra an toàn ca sản xuất"),
        new("SK-2021-032", ["px1.cnv08"], InitiativeState.Recognised, InitiativeScope.Ministry, new(2020, 12, 1), "Quy trình kiểm tra không phá hủy thân đạn, áp dụng toàn Tổng cục", 320_000_000),
        new("SK-2021-040", ["px1.cnv09"], InitiativeState.Recognised, InitiativeScope.Ministry, new(2020, 12, 2), "Thiết bị định lượng thuốc nổ bán tự động", 180_000_000),
        new("SK-2020-011", ["px1.cnv10"], InitiativeState.Consumed, InitiativeScope.Base, new(2020, 3, 10), "Cải tiến băng tải phân xưởng 1", 25_000_000),
        new("SK-2021-050", ["px1.cnv11"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 7), "Bảng theo dõi tiến độ lô sản phẩm"),
        new("SK-2021-051", ["px1.cnv12"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 7), "Giá đỡ vỏ đạn đa cỡ"),
        new("SK-2021-052", ["px1.cnv13"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 8), "Tiết kiệm điện chiếu sáng nhà xưởng", 60_000_000),
        new("SK-2021-060", ["px1.cnv36"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 9), "Hướng dẫn trực quan thao tác an toàn"),
        new("SK-2021-070", ["px2.cnv01"], InitiativeState.Recognised, InitiativeScope.Base, new(2020, 12, 10), "Phối liệu pháo hoa giảm khói"),
        new("SK-2021-001", ["px3.cnv05", "px3.cnv06"], InitiativeState.Filed, InitiativeScope.Base, new(2021, 1, 8), "Máng cấp liệu rung cho dây chuyền nhũ tương"),
        new("SK-2021-002", ["pkt.cnv02", "pkt.cnv03"], InitiativeState.UnderEvaluation, InitiativeScope.Base, new(2021, 1, 5), "Phần mềm lập lịch bảo dưỡng thiết bị", 90_000_000),
        new("SK-2021-003", ["px2.cnv03"], InitiativeState.Rejected, InitiativeScope.Base, new(2021, 1, 4), "Thay giấy bao gói bằng màng nhựa"),
        new(null, ["px2.cnv01"], InitiativeState.Draft, InitiativeScope.Base, new(2021, 1, 11), "Khuôn ép vỏ pháo hoa nhiều ngăn"),
        new(null, ["px4.cnv01"], InitiativeState.Draft, InitiativeScope.Base, new(2021, 1, 10), "Đồng hồ báo quá tải cho máy nén khí"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, OrgUnit> units, IReadOnlyDictionary<string, PortalUser> people, CancellationToken ct)
    {
        var council = units["Z121"].Id;
        db.InitiativeCouncilMembers.AddRange(CouncilLogins.Select(login => new InitiativeCouncilMember(council, people[login].Id, new DateTime(2020, 1, 2, 1, 0, 0, DateTimeKind.Utc))));
        var unitNames = units.Values.ToDictionary(u => u.Id, u => u.Name);
        db.Initiatives.AddRange(Register.Select(spec => Build(spec, council, people, unitNames)));
        await db.SaveChangesAsync(ct);
    }

    private static Initiative Build(Spec spec, int council, IReadOnlyDictionary<string, PortalUser> people, Dictionary<int, string> unitNames)
    {
        var unitId = people[spec.Logins[0]].OrgUnitId;
        var authors = spec.Logins.Select((login, i) => (people[login].Id, spec.Logins.Length == 1 ? 100.0 : i == 0 ? 60.0 : 40.0)).ToList();
        var content = InitiativeContent.Of(spec.Title,
            $"Trước khi có sáng kiến “{spec.Title}”, công việc làm thủ công, tốn thời gian và dễ sai sót.",
            $"{spec.Title}: thiết kế, làm thử trên một ca, đo hiệu quả rồi áp dụng chính thức.",
            unitNames[unitId], spec.Filed.AddMonths(-2), spec.Saving, null);
        var at = spec.Filed.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var initiative = new Initiative(content, unitId, authors, people[spec.Logins[0]].Id, at.AddDays(-1));
        if (spec.Code is null)
        {
            return initiative;
        }

        initiative.File(spec.Code, council, spec.Filed);
        if (spec.State == InitiativeState.Filed)
        {
            return initiative;
        }

        initiative.StartEvaluation();
        var sitting = CouncilLogins.Select(l => people[l].Id).ToHashSet();
        initiative.Vote(people["chinhtri"].Id, spec.State != InitiativeState.Rejected, spec.State == InitiativeState.Rejected ? 35 : 85, at.AddDays(10));
        if (spec.State == InitiativeState.UnderEvaluation)
        {
            return initiative;
        }

        initiative.Vote(people["pkt.cnv01"].Id, spec.State != InitiativeState.Rejected, spec.State == InitiativeState.Rejected ? 40 : 80, at.AddDays(10));
        // The council's first meeting of 2021 decided the year's codes filed late in 2020; SK-2020-011 in April 2020.
        var decided = spec.State == InitiativeState.Consumed ? new DateOnly(2020, 4, 15) : spec.Filed.Year == 2020 ? new DateOnly(2021, 1, 6) : spec.Filed.AddDays(3);
        if (spec.State == InitiativeState.Rejected)
        {
            initiative.Reject("Giải pháp đã được áp dụng phổ biến, không có tính mới tại đơn vị.", decided);
            return initiative;
        }

        initiative.Recognise(spec.Scope, sitting, RuleBook.DefaultInitiativeApproval, decided);
        if (spec.State == InitiativeState.Consumed)
        {
            initiative.Consume("Chiến sĩ thi đua cơ sở 2020", 2020, null);
        }

        return initiative;
    }
}
