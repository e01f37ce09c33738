using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Data.Seed;

/// <summary>The founding example's organisation: General Department → Factory Z121 → workshops and departments → teams.</summary>
internal static class DemoOrganisation
{
    /// <summary>
    /// A unit of the demo tree: <see cref="Staff"/> accounts made for its workers, and its <see cref="Headcount"/>, the
    /// people who work directly in it (HR's figure): never fewer than its accounts, leaders included, since not every
    /// worker has an account.
    /// </summary>
    public sealed record UnitSpec(string Code, string Name, OrgUnitKind Kind, string? Parent, int Staff, string EmailPrefix, int Headcount);

    public static IReadOnlyList<UnitSpec> Units { get; } =
    [
        new("TCCNQP", "Tổng cục Công nghiệp quốc phòng", OrgUnitKind.GeneralDepartment, null, 0, "tc", 0),
        new("Z121", "Nhà máy Z121 (Công ty TNHH MTV Hóa chất 21)", OrgUnitKind.Factory, "TCCNQP", 0, "z121", 6),
        new("PX1", "Phân xưởng 1 – Đạn dược", OrgUnitKind.Workshop, "Z121", 0, "px1", 3),
        new("PX1-T1", "Tổ 1 – Phân xưởng 1", OrgUnitKind.Team, "PX1", 35, "px1", 38),
        new("PX1-T2", "Tổ 2 – Phân xưởng 1", OrgUnitKind.Team, "PX1", 35, "px1", 36),
        new("PX2", "Phân xưởng 2 – Pháo hoa", OrgUnitKind.Workshop, "Z121", 0, "px2", 3),
        new("PX2-T1", "Tổ 1 – Phân xưởng 2", OrgUnitKind.Team, "PX2", 40, "px2", 42),
        new("PX2-T2", "Tổ 2 – Phân xưởng 2", OrgUnitKind.Team, "PX2", 40, "px2", 40),
        new("PX3", "Phân xưởng 3 – Vật liệu nổ công nghiệp", OrgUnitKind.Workshop, "Z121", 0, "px3", 3),
        new("PX3-T1", "Tổ 1 – Phân xưởng 3", OrgUnitKind.Team, "PX3", 30, "px3", 32),
        new("PX3-T2", "Tổ 2 – Phân xưởng 3", OrgUnitKind.Team, "PX3", 30, "px3", 31),
        new("PX4", "Phân xưởng 4 – Cơ điện", OrgUnitKind.Workshop, "Z121", 0, "px4", 3),
        new("PX4-T1", "Tổ 1 – Phân xưởng 4", OrgUnitKind.Team, "PX4", 30, "px4", 33),
        new("PCT", "Phòng Chính trị", OrgUnitKind.Department, "Z121", 8, "pct", 10),
        new("PKH", "Phòng Kế hoạch – Kinh doanh", OrgUnitKind.Department, "Z121", 15, "pkh", 16),
        new("PKT", "Phòng Kỹ thuật – Công nghệ", OrgUnitKind.Department, "Z121", 20, "pkt", 22),
        new("PAT", "Phòng An toàn – Môi trường", OrgUnitKind.Department, "Z121", 10, "pat", 11),
    ];

    /// <summary>Workshops and departments, with the day each launched its own drive (PX4 was late: after 4/1/2021).</summary>
    public static IReadOnlyDictionary<string, DateOnly> Launches { get; } = new Dictionary<string, DateOnly>
    {
        ["PX1"] = new(2021, 1, 2),
        ["PX2"] = new(2021, 1, 2),
        ["PX3"] = new(2021, 1, 3),
        ["PX4"] = new(2021, 1, 7),
        ["PCT"] = new(2021, 1, 2),
        ["PKH"] = new(2021, 1, 4),
        ["PKT"] = new(2021, 1, 4),
        ["PAT"] = new(2021, 1, 3),
    };
}
