using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EmulationPortal.Application.Dashboards;

/// <summary>
/// Each drive's change counter: a column on the drive's row, bumped by <see cref="PortalDbContext"/> in the same
/// transaction as every save that changes what the drive's dashboard is made of (<see cref="DashboardFacts"/>: the
/// drive and its criteria, participations and launches, targets, pledges, reports on unit targets, the unit tree). Open
/// dashboards compare one integer per drive instead of aggregating over the drive's pledges and reports.
/// </summary>
internal static class DashboardChanges
{
    /// <summary>The shadow column on <c>Campaigns</c>; the domain does not know it.</summary>
    public const string Column = "DashboardChanges";

    /// <summary>The drives a save touches; <see cref="Affected.Every"/> when the unit tree changes (every drive's units and headcounts).</summary>
    public sealed record Affected(bool Every, IReadOnlySet<int> Drives)
    {
        public bool IsEmpty => !Every && Drives.Count == 0;
    }

    public static Affected Of(ChangeTracker tracker)
    {
        var drives = new HashSet<int>();
        var every = false;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            every |= entry.Entity is OrgUnit;
            if (DriveOf(entry) is { } drive)
            {
                drives.Add(drive);
            }
        }

        return new Affected(every, drives);
    }

    /// <summary>Runs inside the save's transaction, after its rows (a new row's drive id is known only then).</summary>
    public static async Task BumpAsync(PortalDbContext db, Affected affected, CancellationToken ct)
    {
        var drives = affected.Every ? db.Campaigns : db.Campaigns.Where(c => affected.Drives.Contains(c.Id));
        await drives.ExecuteUpdateAsync(s => s.SetProperty(c => EF.Property<long>(c, Column), c => EF.Property<long>(c, Column) + 1), ct);
    }

    /// <summary>The drive whose figures the row is part of; null for rows the dashboard does not read (a report on a pledge item among them).</summary>
    private static int? DriveOf(EntityEntry entry) => entry.Entity switch
    {
        Campaign c => entry.State == EntityState.Added ? null : c.Id,
        Criterion c => c.CampaignId,
        CriterionRevision r => r.CampaignId,
        CampaignUnit u => u.CampaignId,
        UnitTarget t => t.CampaignId,
        Pledge p => p.CampaignId,
        ProgressReport r when r.UnitTargetId is not null => r.CampaignId,
        _ => null,
    };
}
