using System.Diagnostics;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>
/// Fills an empty portal database with one open drive at the given scale. The schema comes from the real migrations;
/// the drive, its criteria, participating units and launches are saved through EF (a few thousand rows, audited as the
/// portal would); the millions of rows below them are built as domain objects (so every rule holds) and written raw.
/// Bulk rows get no audit entries: the audit trail records changes made through the portal, not a data load.
/// </summary>
internal sealed partial class DataGenerator
{
    private readonly Scale _scale;
    private readonly BulkWriter _writer;
    private readonly Random _random = new(2026);
    private readonly DemoNames _names;
    private Campaign _campaign = default!;
    private IReadOnlyList<PlannedUnit> _units = [];
    private string[] _people = [];
    private int _pledgeIds;
    private int _itemIds;
    private long _reportIds;

    private DataGenerator(Scale scale, BulkWriter writer)
    {
        _scale = scale;
        _writer = writer;
        _names = new DemoNames(_random);
    }

    public static async Task<IReadOnlyDictionary<string, long>> RunAsync(DatabaseProvider provider, string connectionString, Scale scale, TextWriter log, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var services = PortalServices.Build(provider, connectionString);
        await services.InitialiseDatabaseAsync(ct);
        var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.OrgUnits.AnyAsync(ct))
            {
                throw new InvalidOperationException("The database already holds data; the generator fills an empty one.");
            }
        }

        log.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  schema migrated");
        using var writer = provider == DatabaseProvider.SqlServer ? (BulkWriter)new SqlServerBulkWriter(connectionString) : new SqliteBulkWriter(connectionString);
        var generator = new DataGenerator(scale, writer);
        generator.WriteUnits();
        writer.Complete();
        generator._campaign = await OpenDriveAsync(dbFactory, generator._units, scale.Criteria, generator._random, ct);
        log.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  units and the drive");

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
            generator.WritePeople(roles);
        }

        var targets = generator.WriteTargets();
        generator.WriteCollectivePledges(targets);
        generator.WriteIndividualPledges();
        writer.Complete();
        log.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  people, targets, pledges, items and reports");
        return await CountAsync(dbFactory, ct);
    }

    private static async Task<Campaign> OpenDriveAsync(IDbContextFactory<PortalDbContext> dbFactory, IReadOnlyList<PlannedUnit> units, int criteria, Random random, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaign = new Campaign(GeneratedDrive.Title, CampaignKind.PeakDrive, units[0].Id, GeneratedDrive.Period)
        {
            Theme = "Lập công dâng Đảng",
            Occasion = "Chào mừng Đại hội Đảng",
        };
        campaign.DefineCriteria(CriterionSpec.Definitions(criteria));
        campaign.SetParticipatingUnits(units.Select(u => u.Id).ToHashSet());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);

        // Most units launch their own drive, some after the deadline, a few not yet.
        campaign.Open(GeneratedDrive.At(GeneratedDrive.Start.AddDays(-14)));
        foreach (var unit in units.Skip(1).Where(_ => random.NextDouble() < 0.9))
        {
            var late = random.NextDouble() < 0.15;
            var day = GeneratedDrive.LaunchDeadline.AddDays(late ? random.Next(1, 20) : -random.Next(0, 30));
            campaign.RecordLaunch(unit.Id, GeneratedDrive.At(day).AddMinutes(random.Next(0, 600)));
        }

        await db.SaveChangesAsync(ct);
        return campaign;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(IDbContextFactory<PortalDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new Dictionary<string, long>
        {
            ["OrgUnits"] = await db.OrgUnits.LongCountAsync(ct),
            ["Users"] = await db.Users.LongCountAsync(ct),
            ["Criteria"] = await db.Criteria.LongCountAsync(ct),
            ["CampaignUnits"] = await db.CampaignUnits.LongCountAsync(ct),
            ["UnitTargets"] = await db.UnitTargets.LongCountAsync(ct),
            ["Pledges"] = await db.Pledges.LongCountAsync(ct),
            ["PledgeItems"] = await db.PledgeItems.LongCountAsync(ct),
            ["ProgressReports"] = await db.ProgressReports.LongCountAsync(ct),
            ["AuditEntries"] = await db.AuditEntries.LongCountAsync(ct),
        };
    }
}
