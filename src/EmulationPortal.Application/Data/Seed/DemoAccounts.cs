using EmulationPortal.Application.Identity;

namespace EmulationPortal.Application.Data.Seed;

/// <summary>The named demo accounts README lists. Demo seed only: never seeded in Production.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2021";

    public sealed record Account(string Email, string FullName, string Role, string UnitCode);

    public static Account Admin { get; } = new("admin@z121.demo", "Quản trị hệ thống", Roles.Admin, "Z121");
    public static Account PoliticalOfficer { get; } = new("chinhtri@z121.demo", "Trần Văn Chính", Roles.PoliticalOfficer, "PCT");
    public static Account Workshop1Leader { get; } = new("px1.truong@z121.demo", "Phạm Đức Trưởng", Roles.UnitLeader, "PX1");
    public static Account Workshop1Staff { get; } = new("px1.cnv01@z121.demo", "Nguyễn Văn An", Roles.Staff, "PX1-T1");
    public static Account Workshop2Staff { get; } = new("px2.cnv01@z121.demo", "Lê Thị Bình", Roles.Staff, "PX2-T1");

    public static IReadOnlyList<Account> Named { get; } = [Admin, PoliticalOfficer, Workshop1Leader, Workshop1Staff, Workshop2Staff];

    /// <summary>The other workshops' leaders, so every workshop has someone to review and register its collective pledge.</summary>
    public static IReadOnlyList<Account> OtherLeaders { get; } =
    [
        new("px2.truong@z121.demo", "Hoàng Văn Hải", Roles.UnitLeader, "PX2"),
        new("px3.truong@z121.demo", "Vũ Quang Sơn", Roles.UnitLeader, "PX3"),
        new("px4.truong@z121.demo", "Đỗ Minh Tuấn", Roles.UnitLeader, "PX4"),
    ];

    /// <summary>
    /// The leaders of the cluster's member factories: Z121's director and the five peer factories' (seeded with the
    /// cluster, outside the Z121 tree's drive and review).
    /// </summary>
    public static Account Z121Director { get; } = new("z121.truong@z121.demo", "Nguyễn Quốc Thịnh", Roles.UnitLeader, "Z121");
    public static Account Z111Director { get; } = new("z111.truong@z121.demo", "Lê Văn Hùng", Roles.UnitLeader, "Z111");

    public static IReadOnlyList<Account> ClusterLeaders { get; } =
    [
        Z121Director,
        Z111Director,
        new("z117.truong@z121.demo", "Trần Minh Đức", Roles.UnitLeader, "Z117"),
        new("z125.truong@z121.demo", "Phạm Văn Long", Roles.UnitLeader, "Z125"),
        new("z127.truong@z121.demo", "Hoàng Anh Tuấn", Roles.UnitLeader, "Z127"),
        new("z129.truong@z121.demo", "Đặng Xuân Trường", Roles.UnitLeader, "Z129"),
    ];
}
