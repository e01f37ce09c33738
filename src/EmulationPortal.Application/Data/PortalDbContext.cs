using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Recognition;
using EmulationPortal.Domain.Reviews;
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Recognition> Recognitions => Set<Recognition>();
    public DbSet<CriterionRevision> CriterionRevisions => Set<CriterionRevision>();
    public DbSet<RuleSet> RuleSets => Set<RuleSet>();
    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<AnnualRating> AnnualRatings => Set<AnnualRating>();
    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();
    public DbSet<InitiativeRecord> InitiativeRecords => Set<InitiativeRecord>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();

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

    /// <summary>
    /// Saves the changes and their audit entries in one transaction (the caller's, or one opened here), so a change is
    /// never stored without its record nor a record without its change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            return await SaveWithAuditAsync(pending, cancellationToken);
        }

        return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var saved = await SaveWithAuditAsync(pending, ct);
            await transaction.CommitAsync(ct);
            return saved;
        }, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private async Task<int> SaveWithAuditAsync(IReadOnlyList<AuditTrail.Pending> pending, CancellationToken ct)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
        await AuditTrail.AppendAsync(this, pending, ct);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
        return saved;
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
