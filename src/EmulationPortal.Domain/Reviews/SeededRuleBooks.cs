namespace EmulationPortal.Domain.Reviews;

/// <summary>
/// The two rule sets the portal ships with (DOMAIN-AWARDS.md). Articles are cited only where that text names them;
/// every number or clause it marks unconfirmed carries <see cref="Clause.Unconfirmed"/>, so the UI labels it.
/// </summary>
public static class SeededRuleBooks
{
    public const string Army2018Code = "BQP-2018";
    public const string CurrentCode = "TDKT-2025";

    private const string Law2013 = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)";
    private const string Circular151 = "Thông tư 151/2018/TT-BQP";
    private const string Decree91 = "Nghị định 91/2017/NĐ-CP";
    private const string Law06 = "Luật Thi đua, khen thưởng 06/2022/QH15";
    private const string Circular118 = "Thông tư 118/2023/TT-BQP";
    private const string Decree152 = "Nghị định 152/2025/NĐ-CP";

    /// <summary>The army rules for the 2021 demo drive; the instruments' table gives only the circular's year, so it starts on 1/1/2018.</summary>
    public static RuleSet Army2018() => new(Army2018Code, "Quân đội: Thông tư 151/2018/TT-BQP, Nghị định 91/2017/NĐ-CP", new(2018, 1, 1), new RuleBook(
        [
            new("91/2017/NĐ-CP", "Nghị định 91/2017/NĐ-CP quy định chi tiết thi hành Luật Thi đua, khen thưởng", new(2017, 10, 1), new(2023, 12, 31)),
            new("151/2018/TT-BQP", "Thông tư 151/2018/TT-BQP quy định thi đua, khen thưởng trong Quân đội", new(2018, 1, 1), new(2023, 12, 31)),
        ],
        Titles(new Clause(Circular151), new Clause(Decree91, Unconfirmed: true), new Figure(0.8m, new Clause(Decree91, Unconfirmed: true)), new Figure(0.9m, new Clause(Decree91, Unconfirmed: true))),
        new EligibilityRules(
            AdvancedMinimumRating: DutyRating.Good,
            AdvancedRatingClause: new(Circular151),
            BarringDiscipline: DisciplineLevel.Warning,
            DisciplineClause: new(Circular151),
            PendingCaseClause: new(Decree91, Unconfirmed: true),
            FighterAcceptsExcellentRating: false,
            FighterAcceptsResearch: false,
            FighterClause: new(Circular151),
            MinistryFighterYears: 3,
            MinistryFighterClause: new(Circular151),
            CollectiveAdvancedShare: new Figure(0.5m, new Clause(Law2013)),
            CollectiveShareExclusive: true,
            ExcellentCollectiveAdvancedShare: new Figure(0.7m, new Clause(Circular151)),
            ExcellentCollectiveClause: new(Circular151)),
        Quotas(new Clause(Circular151)),
        new Figure(1_490_000m, new Clause("Nghị định 38/2019/NĐ-CP", Unconfirmed: true)),
        Quorum(Circular151)));

    /// <summary>Today's rules, in force since Decree 152/2025 replaced Decree 98/2023 on 1/7/2025.</summary>
    public static RuleSet Current() => new(CurrentCode, "Luật 06/2022/QH15, Nghị định 152/2025/NĐ-CP, Thông tư 118/2023/TT-BQP", new(2025, 7, 1), new RuleBook(
        [
            new("06/2022/QH15", "Luật Thi đua, khen thưởng số 06/2022/QH15", new(2024, 1, 1), null),
            new("152/2025/NĐ-CP", "Nghị định 152/2025/NĐ-CP quy định chi tiết Luật Thi đua, khen thưởng", new(2025, 7, 1), null),
            new("118/2023/TT-BQP", "Thông tư 118/2023/TT-BQP hướng dẫn thi đua, khen thưởng trong Quân đội", new(2024, 1, 1), null),
        ],
        Titles(new Clause(Law06), new Clause(Decree152 + ", Điều 50–54"), new Figure(0.8m, new Clause("Nghị định 98/2023/NĐ-CP, Điều 30.7", Unconfirmed: true)), new Figure(0.9m, new Clause("Nghị định 98/2023/NĐ-CP, Điều 30.7", Unconfirmed: true))),
        new EligibilityRules(
            AdvancedMinimumRating: DutyRating.Good,
            AdvancedRatingClause: new(Law06),
            BarringDiscipline: DisciplineLevel.Warning,
            DisciplineClause: new(Law06),
            PendingCaseClause: new(Decree152 + ", Điều 4"),
            FighterAcceptsExcellentRating: true,
            FighterAcceptsResearch: true,
            FighterClause: new(Law06 + ", Điều 23; " + Circular118, Unconfirmed: true),
            MinistryFighterYears: 3,
            MinistryFighterClause: new(Law06),
            CollectiveAdvancedShare: new Figure(0.7m, new Clause(Law06, Unconfirmed: true)),
            CollectiveShareExclusive: false,
            ExcellentCollectiveAdvancedShare: new Figure(0.7m, new Clause(Law06)),
            ExcellentCollectiveClause: new(Law06)),
        Quotas(new Clause(Circular118, Unconfirmed: true)),
        new Figure(2_340_000m, new Clause("Nghị định 73/2024/NĐ-CP")), // from 1/7/2024
        Quorum(Circular118)));

    /// <summary>Bonus multiples of the base salary (Decree 152/2025 Art. 50–54; the 2018 set assumes Decree 91/2017 had the same).</summary>
    private static TitleRule[] Titles(Clause catalogue, Clause bonus, Figure fighterVote, Figure ministryVote) =>
    [
        new(AwardTitle.AdvancedWorker, TitleSubject.Individual, "Cơ sở", "Lao động tiên tiến", "Chiến sĩ tiên tiến", false, null, "Giám đốc doanh nghiệp", catalogue, new Figure(0.3m, bonus)),
        new(AwardTitle.GrassrootsFighter, TitleSubject.Individual, "Cơ sở", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở", true, fighterVote, "Giám đốc doanh nghiệp", catalogue, new Figure(1.0m, bonus)),
        new(AwardTitle.MinistryFighter, TitleSubject.Individual, "Bộ", "Chiến sĩ thi đua cấp Bộ", "Chiến sĩ thi đua toàn quân", true, ministryVote, "Bộ trưởng Bộ Quốc phòng", catalogue with { Unconfirmed = true }, new Figure(3.0m, bonus)),
        new(AwardTitle.AdvancedCollective, TitleSubject.Collective, "Cơ sở", "Tập thể lao động tiên tiến", "Đơn vị tiên tiến", false, null, "Giám đốc doanh nghiệp", catalogue, new Figure(0.8m, bonus)),
        new(AwardTitle.ExcellentCollective, TitleSubject.Collective, "Tổng cục", "Tập thể lao động xuất sắc", "Đơn vị quyết thắng", false, null, "Chủ nhiệm Tổng cục", catalogue with { Unconfirmed = true }, new Figure(1.5m, bonus)),
        new(AwardTitle.EmulationFlag, TitleSubject.Collective, "Tổng cục", "Cờ thi đua của Tổng cục", "Cờ thi đua của Tổng cục", true, fighterVote, "Chủ nhiệm Tổng cục", catalogue with { Unconfirmed = true }, new Figure(6.0m, bonus)),
    ];

    /// <summary>At least two thirds of the council present: common in sector circulars, not read in the law itself.</summary>
    private static Figure Quorum(string citation) => new(2m / 3m, new Clause(citation, Unconfirmed: true));

    /// <summary>CSTĐCS 10 % (nested in LĐTT), LĐTT in factories 70 %; the 40 % CSTT cap is for soldiers, whom the demo has none of.</summary>
    private static QuotaRule[] Quotas(Clause clause) =>
    [
        new(AwardTitle.AdvancedWorker, new Figure(0.7m, clause), QuotaBasis.Headcount),
        new(AwardTitle.GrassrootsFighter, new Figure(0.1m, clause), QuotaBasis.AdvancedWorkers),
    ];
}
