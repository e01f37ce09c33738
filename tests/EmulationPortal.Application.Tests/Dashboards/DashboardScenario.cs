using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;
using EmulationPortal.Domain.Units;

namespace EmulationPortal.Application.Tests.Dashboards;

/// <summary>
/// A small drive whose figures can be checked by hand (the comments give the arithmetic the tests assert).
/// Factory F owns a drive 8–17/1/2021 (launch deadline 10/1), today is 12/1 (elapsed 5/10 = 50%).
/// Tree: F → W1 (→ W1-T1, W1-T2), W2, W3, OLD (inactive). Criteria: Output (higher, weight 2), Incidents (lower, weight 1).
/// </summary>
internal sealed class DashboardScenario
{
    public static readonly DateOnly Today = new(2021, 1, 12);

    private DashboardScenario()
    {
    }

    public int CampaignId { get; private set; }
    public int OutputId { get; private set; }
    public int IncidentsId { get; private set; }
    public Dictionary<string, OrgUnit> Units { get; } = [];
    public Dictionary<string, PortalUser> Users { get; } = [];

    public static async Task<DashboardScenario> BuildAsync(SqliteTestDatabase database, CancellationToken ct)
    {
        var scenario = new DashboardScenario();
        await using var db = database.NewContext();
        await scenario.SeedAsync(db, ct);
        return scenario;
    }

    private async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        // Headcounts (each unit's own people) match the accounts below, so the arithmetic reads the same either way.
        var f = Unit("F", "Nhà máy F", OrgUnitKind.Factory, null, 1);
        var w1 = Unit("W1", "Phân xưởng 1", OrgUnitKind.Workshop, f, 0);
        Unit("W1-T1", "Tổ 1", OrgUnitKind.Team, w1, 2);
        Unit("W1-T2", "Tổ 2", OrgUnitKind.Team, w1, 3);
        Unit("W2", "Phân xưởng 2", OrgUnitKind.Workshop, f, 3);
        Unit("W3", "Phân xưởng 3", OrgUnitKind.Workshop, f, 0);
        Unit("OLD", "Phân xưởng giải thể", OrgUnitKind.Workshop, f, 1);
        db.OrgUnits.AddRange(Units.Values);
        await db.SaveChangesAsync(ct);

        // Staff now: F po; T1 u1 u2; T2 u3 u4 u9; W2 u5 u6 u8 (u8 moved from T1 after pledging); OLD u7.
        foreach (var (name, unit) in new[] { ("po", "F"), ("u1", "W1-T1"), ("u2", "W1-T1"), ("u3", "W1-T2"), ("u4", "W1-T2"), ("u9", "W1-T2"), ("u5", "W2"), ("u6", "W2"), ("u7", "OLD"), ("u8", "W1-T1") })
        {
            Users[name] = new PortalUser { UserName = $"{name}@test", Email = $"{name}@test", FullName = $"Người {name}", SearchName = name, OrgUnitId = Units[unit].Id };
        }

        db.Users.AddRange(Users.Values);
        var campaign = new Campaign("Đợt thử", CampaignKind.PeakDrive, f.Id, new CampaignPeriod(new(2021, 1, 8), new(2021, 1, 17), new(2021, 1, 15), new(2021, 1, 10)));
        var output = campaign.AddCriterion("Sản lượng", null, Measure.Number, "cái", Direction.HigherIsBetter, 2);
        var incidents = campaign.AddCriterion("Sự cố", null, Measure.Number, "vụ", Direction.LowerIsBetter, 1);
        foreach (var code in new[] { "F", "W1", "W1-T1", "W1-T2", "W2", "W3", "OLD" })
        {
            campaign.AddParticipatingUnit(Units[code].Id);
        }

        campaign.Open(new DateTime(2021, 1, 5, 1, 0, 0, DateTimeKind.Utc));
        campaign.RecordLaunch(w1.Id, new DateTime(2021, 1, 9, 2, 0, 0, DateTimeKind.Utc));

        // 18:00 UTC on 10/1 is 01:00 on 11/1 in Hà Nội: late, although the UTC date is the deadline.
        campaign.RecordLaunch(Units["W2"].Id, new DateTime(2021, 1, 10, 18, 0, 0, DateTimeKind.Utc));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        CampaignId = campaign.Id;
        OutputId = output.Id;
        IncidentsId = incidents.Id;

        var now = new DateTime(2021, 1, 11, 3, 0, 0, DateTimeKind.Utc);
        var po = Users["po"].Id;
        Pledge Individual(string user, string unit, PledgeStatus status)
        {
            var pledge = Pledge.Individual(campaign, Units[unit].Id, Users[user].Id);
            pledge.Write(campaign, Today, "Chương trình hành động", new Dictionary<int, double?> { [output.Id] = 10, [incidents.Id] = 0 });
            if (status != PledgeStatus.Draft)
            {
                pledge.Submit(campaign, Today, now);
            }

            if (status == PledgeStatus.Accepted)
            {
                pledge.Accept(po, now);
            }
            else if (status == PledgeStatus.Returned)
            {
                pledge.Return(po, now, "Bổ sung biện pháp");
            }

            return pledge;
        }

        var collective = Pledge.Collective(campaign, w1.Id);
        collective.Write(campaign, Today, "Tập thể quyết tâm", new Dictionary<int, double?> { [output.Id] = 100 });
        collective.Submit(campaign, Today, now);
        var draftCollective = Pledge.Collective(campaign, Units["W2"].Id);
        draftCollective.Write(campaign, Today, "Chưa gửi", new Dictionary<int, double?> { [output.Id] = 200 });
        db.Pledges.AddRange(
            Individual("u1", "W1-T1", PledgeStatus.Accepted),
            Individual("u2", "W1-T1", PledgeStatus.Draft),
            Individual("u3", "W1-T2", PledgeStatus.Submitted),
            Individual("u4", "W1-T2", PledgeStatus.Returned),
            Individual("u5", "W2", PledgeStatus.Accepted),
            Individual("u7", "OLD", PledgeStatus.Submitted),
            Individual("u8", "W1-T1", PledgeStatus.Submitted),
            collective,
            draftCollective);

        var targets = new Dictionary<(string, int), UnitTarget>();
        foreach (var (code, outputTarget, incidentTarget) in new[] { ("F", 300.0, 0.0), ("W1", 100, 0), ("W1-T1", 50, 0), ("W1-T2", 50, 0), ("W2", 200, 1), ("OLD", 100, 0) })
        {
            targets[(code, output.Id)] = new UnitTarget(campaign.Id, Units[code].Id, output, outputTarget);
            targets[(code, incidents.Id)] = new UnitTarget(campaign.Id, Units[code].Id, incidents, incidentTarget);
        }

        db.UnitTargets.AddRange(targets.Values);
        await db.SaveChangesAsync(ct);

        // Reports are added one by one so their ids follow the order written here.
        async Task Report(string unit, Criterion criterion, double value, int day)
        {
            db.ProgressReports.Add(ProgressReport.OnUnitTarget(campaign, criterion, targets[(unit, criterion.Id)].Id, value, new(2021, 1, day), Today, null, po, now));
            await db.SaveChangesAsync(ct);
        }

        await Report("W1", output, 20, 9);
        await Report("W1", output, 60, 11);
        await Report("W1", output, 50, 11);   // a correction the same day (11/1): the later report wins
        await Report("W1", output, 40, 10);   // back-filled for 10/1: history only, 11/1 stays current
        await Report("W1", incidents, 0, 10);
        await Report("W2", output, 300, 11);  // 150%: capped at 100% in roll-ups
        await Report("W2", incidents, 4, 11); // 4 incidents against at most 1: 25%
        await Report("W1-T1", output, 10, 9);
        await Report("OLD", output, 100, 11); // inactive unit: never counted

        // u8 moves as ChangeUserAssignment moves people: the running drive's pledge follows its author (ADR 0005).
        var moved = Users["u8"];
        moved.OrgUnitId = Units["W2"].Id;
        db.Pledges.Local.Single(p => p.UserId == moved.Id).FollowAuthorTo(moved.OrgUnitId);
        Units["OLD"].Deactivate(children: []);
        await db.SaveChangesAsync(ct);
    }

    private OrgUnit Unit(string code, string name, OrgUnitKind kind, OrgUnit? parent, int headcount)
    {
        var unit = new OrgUnit(code, name, kind, parent, headcount);
        Units[code] = unit;
        return unit;
    }
}
