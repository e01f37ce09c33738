using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The 2021 review round of Z121 on the demo staff, with ratings, discipline, initiatives and earlier titles chosen so
/// every kind of verdict shows: eligible, not eligible and why, unknown for a missing rating, and an over-quota list (PX1).
/// Everyone not named here was rated "good" and has no other record.
/// </summary>
internal sealed class DemoReview(PortalDbContext db)
{
    public const int Year = 2021;
    public const string RoundName = "Bình xét thi đua năm 2021 – Nhà máy Z121";

    /// <summary>Staff whose unit has not entered a rating yet (half of PX2's second team), and one in PX1.</summary>
    private static readonly HashSet<string> Unrated =
        ["px1.cnv03", .. Enumerable.Range(56, 25).Select(i => $"px2.cnv{i:00}")];

    private static readonly Dictionary<string, DutyRating> Ratings = new()
    {
        ["px1.cnv02"] = DutyRating.Excellent,
        ["px1.cnv04"] = DutyRating.Completed,
        ["px2.cnv01"] = DutyRating.Excellent,
    };

    private static readonly Dictionary<string, DutyRating> UnitRatings = new()
    {
        ["Z121"] = DutyRating.Excellent, ["PX1"] = DutyRating.Good, ["PX1-T1"] = DutyRating.Good, ["PX1-T2"] = DutyRating.Excellent,
        ["PX2"] = DutyRating.Excellent, ["PX2-T1"] = DutyRating.Good, ["PX3"] = DutyRating.Good, ["PX3-T1"] = DutyRating.Completed,
        ["PX3-T2"] = DutyRating.Good, ["PX4"] = DutyRating.Good, ["PX4-T1"] = DutyRating.Good, ["PCT"] = DutyRating.Good,
        ["PKH"] = DutyRating.Good, ["PKT"] = DutyRating.Excellent, ["PAT"] = DutyRating.Good,
    };

    /// <summary>Titles of earlier years: two unbroken chains (cnv08, cnv09), a gap (cnv11), an ad-hoc year that does not count (cnv12).</summary>
    private static readonly (string Login, int Year, AwardTitle Title, bool AdHoc, string? Initiative)[] History =
    [
        ("px1.cnv08", 2019, AwardTitle.GrassrootsFighter, false, null), ("px1.cnv08", 2020, AwardTitle.GrassrootsFighter, false, null),
        ("px1.cnv09", 2019, AwardTitle.GrassrootsFighter, false, null), ("px1.cnv09", 2020, AwardTitle.GrassrootsFighter, false, null),
        ("px1.cnv10", 2020, AwardTitle.GrassrootsFighter, false, "SK-2020-011"),
        ("px1.cnv11", 2018, AwardTitle.GrassrootsFighter, false, null), ("px1.cnv11", 2020, AwardTitle.GrassrootsFighter, false, null),
        ("px1.cnv12", 2019, AwardTitle.GrassrootsFighter, true, null), ("px1.cnv12", 2020, AwardTitle.GrassrootsFighter, false, null),
    ];

    /// <summary>PX1 proposes five fighters against a quota of four, and its second team as an excellent collective.</summary>
    private static readonly string[] FighterNominees = ["px1.cnv01", "px1.cnv08", "px1.cnv09", "px1.cnv11", "px1.cnv13"];

    public async Task SeedAsync(IReadOnlyDictionary<string, OrgUnit> units, IReadOnlyList<PortalUser> users, CancellationToken ct)
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(ct);
        var admins = await db.UserRoles.Where(r => r.RoleId == adminRole).Select(r => r.UserId).ToListAsync(ct);
        var people = users.Where(u => !admins.Contains(u.Id)).ToDictionary(u => u.Email!.Split('@')[0]);
        var id = (string login) => people[login].Id;

        db.AnnualRatings.AddRange(people
            .Where(p => !Unrated.Contains(p.Key))
            .Select(p => new AnnualRating(Year, p.Value.OrgUnitId, p.Value.Id, RatingOf(p.Key))));
        db.AnnualRatings.AddRange(UnitRatings.Select(r => new AnnualRating(Year, units[r.Key].Id, null, r.Value)));

        db.DisciplineRecords.AddRange(
            new DisciplineRecord(id("px1.cnv05"), Year, DisciplineLevel.Warning, false, "Vi phạm quy trình an toàn kho thành phẩm"),
            new DisciplineRecord(id("px1.cnv06"), Year, DisciplineLevel.Reprimand, true, "Đang xác minh đơn phản ánh, chưa kết luận"),
            new DisciplineRecord(id("px1.cnv07"), Year, DisciplineLevel.Reprimand, false, "Đi muộn nhiều lần trong quý II"));
        await new Initiatives.DemoInitiatives(db).SeedAsync(units, people, ct);
        db.AwardRecords.AddRange(History.Select(h => new AwardRecord(h.Year, h.Title, people[h.Login].OrgUnitId, id(h.Login), h.AdHoc, h.Initiative)));
        db.AwardRecords.AddRange(new[] { 2019, 2020 }.Select(y => new AwardRecord(y, AwardTitle.AdvancedCollective, units["PX1"].Id, null, false, null)));

        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code, ct);
        var round = new ReviewRound(RoundName, Year, units["Z121"].Id, ruleSet, new(Year, 12, 15), new(Year, 12, 25),
            [AwardTitle.AdvancedWorker, AwardTitle.GrassrootsFighter, AwardTitle.MinistryFighter, AwardTitle.AdvancedCollective, AwardTitle.ExcellentCollective]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(ct);

        var leader = id("px1.truong");
        var at = new DateTime(Year, 12, 20, 2, 0, 0, DateTimeKind.Utc);
        db.Nominations.AddRange(FighterNominees.Select(login => Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, units["PX1"].Id,
            people[login].OrgUnitId, id(login), "Hoàn thành tốt nhiệm vụ, có sáng kiến được công nhận năm 2021.", leader, at)));
        db.Nominations.Add(Nomination.OfCollective(round, AwardTitle.ExcellentCollective, units["PX1"].Id, units["PX1-T2"].Id,
            "Tổ hoàn thành xuất sắc nhiệm vụ, 100 % quân số hoàn thành tốt nhiệm vụ, có chiến sĩ thi đua cơ sở.", leader, at));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>PX3's first team and one more missed their targets ("completed"); everyone else not named was rated good.</summary>
    private static DutyRating RatingOf(string login) =>
        Ratings.TryGetValue(login, out var rating) ? rating
        : login.StartsWith("px3.cnv", StringComparison.Ordinal) && int.Parse(login[7..], System.Globalization.CultureInfo.InvariantCulture) <= 31 ? DutyRating.Completed
        : DutyRating.Good;
}
