using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>
/// Z121's emulation cluster with five peer factories of the General Department, each with its leader's account, and the
/// 2021 covenant: four members have signed, reported January's progress and begun scoring (one score stands out); Z121,
/// the head, and Z111, the deputy, have still to sign. The peers sit outside Z121's drive and review round.
/// </summary>
internal sealed class DemoCluster(PortalDbContext db)
{
    public const string Name = "Cụm thi đua Sản xuất đạn và kinh doanh vật liệu nổ công nghiệp";
    public const int Year = 2021;

    private static readonly (string Code, string Name, int Headcount)[] Peers =
    [
        ("Z111", "Nhà máy Z111 (Công ty TNHH MTV Cơ khí Hóa chất 11)", 820),
        ("Z117", "Nhà máy Z117 (Công ty TNHH MTV Cơ khí Hóa chất 17)", 760),
        ("Z125", "Nhà máy Z125 (Công ty TNHH MTV Cơ khí Hóa chất 25)", 640),
        ("Z127", "Nhà máy Z127 (Công ty TNHH MTV Cơ khí Hóa chất 27)", 590),
        ("Z129", "Nhà máy Z129 (Công ty TNHH MTV Cơ khí Hóa chất 29)", 700),
    ];

    /// <summary>Weights add up to 100 so the ranking reads as points.</summary>
    private static readonly CriterionDefinition[] Criteria =
    [
        new(null, "Hoàn thành kế hoạch sản xuất sản phẩm quốc phòng", null, Measure.Percentage, "%", Direction.HigherIsBetter, 30),
        new(null, "Doanh thu sản xuất kinh tế", null, Measure.Number, "tỷ đồng", Direction.HigherIsBetter, 20),
        new(null, "Sự cố mất an toàn lao động, cháy nổ", null, Measure.Count, "vụ", Direction.LowerIsBetter, 20),
        new(null, "Sáng kiến, cải tiến kỹ thuật được công nhận", null, Measure.Count, "sáng kiến", Direction.HigherIsBetter, 15),
        new(null, "Vi phạm kỷ luật", null, Measure.Count, "vụ", Direction.LowerIsBetter, 15),
    ];

    /// <summary>Revenue committed (tỷ đồng) and initiatives per member; production 100 %, no incident, no violation for all.</summary>
    private static readonly Dictionary<string, (double Revenue, double Initiatives)> Commitments = new()
    {
        ["Z121"] = (1_250, 30), ["Z111"] = (980, 25), ["Z117"] = (860, 20), ["Z125"] = (540, 15), ["Z127"] = (470, 12), ["Z129"] = (610, 18),
    };

    /// <summary>Cross-scores given so far (scorer, scored, points per criterion); Z129's 5 for Z117's production stands out.</summary>
    private static readonly (string Scorer, string Scored, double[] Points)[] Scores =
    [
        ("Z117", "Z125", [9, 8.5, 10, 8, 10]), ("Z117", "Z127", [8.5, 8, 10, 7.5, 9.5]),
        ("Z125", "Z117", [9, 9, 10, 8.5, 10]), ("Z127", "Z117", [9.5, 9, 10, 8, 10]), ("Z129", "Z117", [5, 8.5, 10, 8, 10]),
        ("Z125", "Z127", [8, 8, 9.5, 7.5, 10]),
    ];

    public async Task SeedAsync(OrgUnit generalDepartment, OrgUnit z121, string passwordHash, CancellationToken ct)
    {
        var units = Peers.ToDictionary(p => p.Code, p => new OrgUnit(p.Code, p.Name, OrgUnitKind.Factory, generalDepartment, p.Headcount));
        db.OrgUnits.AddRange(units.Values);
        await db.SaveChangesAsync(ct);
        units["Z121"] = z121;

        var leaders = DemoAccounts.ClusterLeaders.ToDictionary(a => a.UnitCode, a => DemoSeeder.NewUser(a.Email, a.FullName, units[a.UnitCode], passwordHash));
        var leaderRole = await db.Roles.Where(r => r.Name == Roles.UnitLeader).Select(r => r.Id).SingleAsync(ct);
        db.Users.AddRange(leaders.Values);
        db.UserRoles.AddRange(leaders.Values.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = leaderRole }));

        var cluster = new EmulationCluster(Name, ClusterLevel.Cluster, generalDepartment.Id);
        foreach (var code in Commitments.Keys)
        {
            cluster.SetMember(Year, units[code].Id, code switch { "Z121" => ClusterRole.Head, "Z111" => ClusterRole.Deputy, _ => ClusterRole.Member });
        }

        db.Clusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        var covenant = new Covenant(cluster, Year, Criteria);
        db.Covenants.Add(covenant);
        await db.SaveChangesAsync(ct);

        SignAndReport(covenant, cluster, units, leaders);
        await db.SaveChangesAsync(ct);
    }

    private static void SignAndReport(Covenant covenant, EmulationCluster cluster, Dictionary<string, OrgUnit> units, Dictionary<string, PortalUser> leaders)
    {
        var criteria = covenant.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Id).ToList();
        foreach (var (code, (revenue, initiatives)) in Commitments)
        {
            var unit = units[code].Id;
            covenant.Commit(cluster, unit, new Dictionary<int, double> { [criteria[0]] = 100, [criteria[1]] = revenue, [criteria[2]] = 0, [criteria[3]] = initiatives, [criteria[4]] = 0 });
            if (code is "Z121" or "Z111")
            {
                continue;
            }

            // Signed at the cluster's conference on 8/1/2021; January's figures reported on the 11th.
            covenant.Sign(cluster, unit, leaders[code].Id, new DateTime(Year, 1, 8, 2, 30, 0, DateTimeKind.Utc));
            var share = code[^1] % 2 == 0 ? 0.09 : 0.07;
            covenant.Report(cluster, unit, criteria[0], Math.Round(100 * share, 1), new(Year, 1, 11), leaders[code].Id);
            covenant.Report(cluster, unit, criteria[1], Math.Round(revenue * share), new(Year, 1, 11), leaders[code].Id);
            covenant.Report(cluster, unit, criteria[2], 0, new(Year, 1, 11), leaders[code].Id);
        }

        var at = new DateTime(Year, 1, 11, 8, 0, 0, DateTimeKind.Utc);
        foreach (var (scorer, scored, points) in Scores)
        {
            for (var i = 0; i < points.Length; i++)
            {
                covenant.Score(cluster, units[scorer].Id, units[scored].Id, criteria[i], points[i], null, leaders[scorer].Id, at);
            }
        }

        var self = units["Z117"].Id;
        for (var i = 0; i < criteria.Count; i++)
        {
            covenant.Score(cluster, self, self, criteria[i], 9.5, "Báo cáo kết quả thực hiện giao ước tháng 1/2021 của Nhà máy Z117", leaders["Z117"].Id, at);
        }
    }
}
