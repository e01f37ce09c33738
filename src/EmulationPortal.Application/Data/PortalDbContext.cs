using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;
using EmulationPortal.Domain.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Data;

/// <summary>The store: Identity, the domain, and the Data Protection keys shared by every web instance.</summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<CampaignUnit> CampaignUnits => Set<CampaignUnit>();
    public DbSet<UnitTarget> UnitTargets => Set<UnitTarget>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<PledgeItem> PledgeItems => Set<PledgeItem>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CriterionRevision> CriterionRevisions => Set<CriterionRevision>();

    /// <summary>Who makes the changes this context saves; the audit trail records it. Null means the system (seed, jobs).</summary>
    public string? ActingUserId { get; private set; }

    /// <summary>Every use case that writes calls this first with its current user.</summary>
    public PortalDbContext ActAs(Access.ICurrentUser user)
    {
        ActingUserId = user.UserId;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>A saved change gets a new version, so a second editor holding the old one is told of the conflict.</summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
