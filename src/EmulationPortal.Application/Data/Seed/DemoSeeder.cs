using EmulationPortal.Application.Council;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;
using EmulationPortal.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Data.Seed;

/// <summary>
/// Builds the founding example (DOMAIN.md) into an empty database: the Z121 tree, ~300 staff, the drive
/// "Lập công dâng Đảng" with its criteria and per-unit targets, pledges from most staff and progress part-way through.
/// Every pledge and report goes through the domain's own rules, so the demo data is data the portal could have made.
/// </summary>
internal sealed class DemoSeeder(PortalDbContext db, IPasswordHasher<PortalUser> hasher)
{
    private readonly Random _random = new(2021);

    public async Task SeedAsync(CancellationToken ct)
    {
        var units = await SeedUnitsAsync(ct);
        var staff = await SeedUsersAsync(units, ct);
        var campaign = await SeedCampaignAsync(units, ct);
        var targets = await SeedTargetsAsync(campaign, units, ct);
        var reviewer = staff.Single(u => u.Email == DemoAccounts.PoliticalOfficer.Email).Id;
        await SeedPledgesAsync(campaign, units, staff, reviewer, ct);
        await SeedUnitProgressAsync(campaign, units, targets, reviewer, ct);
        await new DemoReview(db).SeedAsync(units, staff, ct);
        await new Decisions.DemoDecision(db).SeedAsync(units, staff, ct);
        await new DemoCouncil(db).SeedAsync(units, staff, ct);
        await new Clusters.DemoCluster(db).SeedAsync(units["TCCNQP"], units["Z121"], hasher.HashPassword(new PortalUser(), DemoAccounts.Password), ct);
    }

    private async Task<Dictionary<string, OrgUnit>> SeedUnitsAsync(CancellationToken ct)
    {
        var units = new Dictionary<string, OrgUnit>();
        foreach (var spec in DemoOrganisation.Units)
        {
            units[spec.Code] = new OrgUnit(spec.Code, spec.Name, spec.Kind, spec.Parent is null ? null : units[spec.Parent], spec.Headcount);
        }

        db.OrgUnits.AddRange(units.Values);
        await db.SaveChangesAsync(ct);
        return units;
    }

    private async Task<List<PortalUser>> SeedUsersAsync(Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        // One hash for every demo account: hashing 300 times would take tens of seconds for the same password.
        var passwordHash = hasher.HashPassword(new PortalUser(), DemoAccounts.Password);
        var names = new DemoNames(_random);
        var users = new List<(PortalUser User, string Role)>();

        foreach (var account in DemoAccounts.Named.Concat(DemoAccounts.OtherLeaders))
        {
            users.Add((NewUser(account.Email, account.FullName, units[account.UnitCode], passwordHash), account.Role));
        }

        var counters = new Dictionary<string, int>();
        foreach (var spec in DemoOrganisation.Units.Where(s => s.Staff > 0))
        {
            for (var i = 0; i < spec.Staff; i++)
            {
                var number = counters[spec.EmailPrefix] = counters.GetValueOrDefault(spec.EmailPrefix) + 1;
                var email = $"{spec.EmailPrefix}.cnv{number:00}@z121.demo";
                if (users.Exists(u => u.User.Email == email))
                {
                    continue;
                }

                users.Add((NewUser(email, names.Next(), units[spec.Code], passwordHash), Roles.Staff));
            }
        }

        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        db.Users.AddRange(users.Select(u => u.User));
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<string> { UserId = u.User.Id, RoleId = roleIds[u.Role] }));
        await db.SaveChangesAsync(ct);
        return users.Select(u => u.User).ToList();
    }

    internal static PortalUser NewUser(string email, string fullName, OrgUnit unit, string passwordHash) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        LockoutEnabled = true,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        FullName = fullName,
        SearchName = SearchText.Fold(fullName),
        StaffCode = email.Split('@')[0].ToUpperInvariant(),
        OrgUnitId = unit.Id,
    };

    private async Task<Campaign> SeedCampaignAsync(Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        var campaign = DemoCampaign.Create(units["Z121"].Id);
        foreach (var unit in units.Values.Where(u => u.Kind != OrgUnitKind.GeneralDepartment))
        {
            campaign.AddParticipatingUnit(unit.Id);
        }

        campaign.Open(AtHour(DemoCampaign.LaunchDay, 8));
        foreach (var (code, day) in DemoOrganisation.Launches)
        {
            campaign.RecordLaunch(units[code].Id, AtHour(day, 9));
        }

        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    private async Task<List<UnitTarget>> SeedTargetsAsync(Campaign campaign, Dictionary<string, OrgUnit> units, CancellationToken ct)
    {
        var criteria = campaign.Criteria.OrderBy(c => c.SortOrder).ToList();
        var targets = campaign.Units
            .Select(p => units.Values.Single(u => u.Id == p.OrgUnitId))
            .SelectMany(unit => DemoCampaign.TargetsFor(unit.Code).Select((value, i) => new UnitTarget(campaign.Id, unit.Id, criteria[i], value)))
            .ToList();
        db.UnitTargets.AddRange(targets);
        await db.SaveChangesAsync(ct);
        return targets;
    }

    private async Task SeedPledgesAsync(Campaign campaign, Dictionary<string, OrgUnit> units, List<PortalUser> users, string reviewerId, CancellationToken ct)
    {
        var criteria = campaign.Criteria.OrderBy(c => c.SortOrder).ToList();
        var unitCodes = units.Values.ToDictionary(u => u.Id, u => u.Code);
        var pledges = new List<(Pledge Pledge, string UserId)>();

        foreach (var user in users.Where(u => u.Email != DemoAccounts.Workshop1Staff.Email && u.Email != DemoAccounts.Admin.Email))
        {
            if (IndividualPledge(campaign, criteria, unitCodes[user.OrgUnitId], user, reviewerId) is { } pledge)
            {
                pledges.Add((pledge, user.Id));
            }
        }

        pledges.AddRange(new[] { "PX1", "PX2", "PX3" }.Select(code => (CollectivePledge(campaign, criteria, units[code], reviewerId), reviewerId)));
        db.Pledges.AddRange(pledges.Select(p => p.Pledge));
        await db.SaveChangesAsync(ct);

        var reports = pledges
            .Where(p => p.Pledge.Kind == PledgeKind.Individual && p.Pledge.Status == PledgeStatus.Accepted && _random.NextDouble() < 0.65)
            .SelectMany(p => ReportsOn(campaign, p.Pledge, p.UserId))
            .ToList();
        db.ProgressReports.AddRange(reports);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One worker's pledge in a random state, or none: not everybody pledges, the dashboards must show who has not.</summary>
    private Pledge? IndividualPledge(Campaign campaign, List<Criterion> criteria, string unitCode, PortalUser user, string reviewerId)
    {
        var lateUnit = unitCode.StartsWith("PX4", StringComparison.Ordinal);
        if (_random.NextDouble() > (lateUnit ? 0.55 : 0.9))
        {
            return null;
        }

        var day = DemoCampaign.DemoToday.AddDays(-_random.Next(1, lateUnit ? 4 : 9));
        var pledge = Pledge.Individual(campaign, user.OrgUnitId, user.Id);
        var commitments = new Dictionary<int, double?>
        {
            [criteria[0].Id] = 100,
            [criteria[3].Id] = 0,
            [criteria[4].Id] = 0,
            [criteria[5].Id] = _random.Next(0, 3),
        };
        if (unitCode.StartsWith("PX2", StringComparison.Ordinal))
        {
            commitments[criteria[1].Id] = 1_500 + (_random.Next(0, 6) * 100);
        }

        pledge.Write(campaign, day, DemoCampaign.ActionProgrammes[_random.Next(DemoCampaign.ActionProgrammes.Count)], commitments);
        var fate = _random.NextDouble();
        if (fate < 0.08)
        {
            // Still a draft, half filled: the initiatives are ticked with their number still to be decided.
            commitments[criteria[5].Id] = null;
            pledge.Write(campaign, day, pledge.ActionProgramme, commitments);
            return pledge;
        }

        pledge.Submit(campaign, day, AtHour(day, 10));
        if (fate < 0.13)
        {
            pledge.Return(reviewerId, AtHour(day.AddDays(1), 14), "Đề nghị cụ thể hóa biện pháp thực hiện và bổ sung chỉ tiêu sáng kiến.");
        }
        else if (fate >= 0.28)
        {
            pledge.Accept(reviewerId, AtHour(day.AddDays(1), 14));
        }

        return pledge;
    }

    /// <summary>A workshop's collective pledge, committing to its targets, accepted.</summary>
    private static Pledge CollectivePledge(Campaign campaign, List<Criterion> criteria, OrgUnit unit, string reviewerId)
    {
        var collective = Pledge.Collective(campaign, unit.Id);
        var targets = DemoCampaign.TargetsFor(unit.Code);
        collective.Write(campaign, new(2021, 1, 5), "Phân xưởng quyết tâm hoàn thành vượt mức các chỉ tiêu được giao, bảo đảm tuyệt đối an toàn.",
            criteria.Select((c, i) => (c.Id, targets[i])).ToDictionary(x => x.Id, x => (double?)x.Item2));
        collective.Submit(campaign, new(2021, 1, 5), AtHour(new(2021, 1, 5), 9));
        collective.Accept(reviewerId, AtHour(new(2021, 1, 6), 9));
        return collective;
    }

    /// <summary>Two cumulative reports per item (8/1 and 11/1) of an accepted pledge (a value on every item): progress part-way, a rare incident, some initiatives.</summary>
    private IEnumerable<ProgressReport> ReportsOn(Campaign campaign, Pledge pledge, string userId)
    {
        foreach (var item in pledge.Items)
        {
            var criterion = campaign.Criteria.Single(c => c.Id == item.CriterionId);
            foreach (var (asOf, share) in new[] { (new DateOnly(2021, 1, 8), 0.2), (new DateOnly(2021, 1, 11), 0.33) })
            {
                var value = ProgressValue(criterion, item.CommittedValue!.Value, share);
                yield return ProgressReport.OnPledgeItem(campaign, criterion, item.Id, value, asOf, DemoCampaign.DemoToday, null, userId, AtHour(asOf, 16));
            }
        }
    }

    private double ProgressValue(Criterion criterion, double committed, double share) => criterion switch
    {
        { Measure: Measure.Percentage } => 90 + _random.Next(0, 11),
        { Direction: Direction.LowerIsBetter } => _random.NextDouble() < 0.02 ? 1 : 0,
        _ => Math.Round(committed * share * (0.7 + (_random.NextDouble() * 0.6))),
    };

    private async Task SeedUnitProgressAsync(Campaign campaign, Dictionary<string, OrgUnit> units, List<UnitTarget> targets, string reporterId, CancellationToken ct)
    {
        var workshops = units.Values.Where(u => u.Kind == OrgUnitKind.Workshop).Select(u => u.Id).ToHashSet();
        var reports = targets
            .Where(t => workshops.Contains(t.OrgUnitId))
            .Select(t =>
            {
                var criterion = campaign.Criteria.Single(c => c.Id == t.CriterionId);
                var value = ProgressValue(criterion, t.TargetValue, 0.33);
                return ProgressReport.OnUnitTarget(campaign, criterion, t.Id, value, new(2021, 1, 11), DemoCampaign.DemoToday, "Số liệu tổng hợp đến ngày 11/01/2021", reporterId, AtHour(new(2021, 1, 11), 17));
            })
            .ToList();
        db.ProgressReports.AddRange(reports);
        await db.SaveChangesAsync(ct);

        // One figure corrected the next morning, so PX2's history shows a superseded report with its reason.
        var px2 = targets.Where(t => t.OrgUnitId == units["PX2"].Id).Select(t => t.Id).ToHashSet();
        var wrong = reports.First(r => px2.Contains(r.UnitTargetId!.Value) && campaign.Criteria.Single(c => c.Id == r.CriterionId) is { Measure: Measure.Count or Measure.Number, Direction: Direction.HigherIsBetter });
        db.ProgressReports.Add(wrong.CorrectedBy(campaign, campaign.Criteria.Single(c => c.Id == wrong.CriterionId), Math.Round(wrong.Value * 0.9),
            "Cộng trùng sản lượng của tổ 2 ngày 10/01", DemoCampaign.DemoToday, reporterId, AtHour(new(2021, 1, 12), 8)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A local hour of a day in the factory's time zone (UTC+7), as UTC.</summary>
    private static DateTime AtHour(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc).AddHours(-7);
}
