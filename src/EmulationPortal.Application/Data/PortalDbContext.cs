using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Notifications;
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
/// <remarks>The clock stamps the audit entries, so a demo on a moved clock audits on the demo's day.</remarks>
public class PortalDbContext(DbContextOptions<PortalDbContext> options, TimeProvider clock)
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
    public DbSet<VerdictSnapshot> VerdictSnapshots => Set<VerdictSnapshot>();
    public DbSet<NominationComment> NominationComments => Set<NominationComment>();
    public DbSet<AnnualRating> AnnualRatings => Set<AnnualRating>();
    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeAuthor> InitiativeAuthors => Set<InitiativeAuthor>();
    public DbSet<InitiativeVote> InitiativeVotes => Set<InitiativeVote>();
    public DbSet<InitiativeCouncilMember> InitiativeCouncilMembers => Set<InitiativeCouncilMember>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();
    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();
    public DbSet<DecisionLine> DecisionLines => Set<DecisionLine>();
    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();
    public DbSet<BallotRound> BallotRounds => Set<BallotRound>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<VoteRecord> VoteRecords => Set<VoteRecord>();
    public DbSet<EmulationCluster> Clusters => Set<EmulationCluster>();
    public DbSet<Covenant> Covenants => Set<Covenant>();
    public DbSet<AcclamationBallot> AcclamationBallots => Set<AcclamationBallot>();
    public DbSet<AcclamationVoteRecord> AcclamationVoteRecords => Set<AcclamationVoteRecord>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    /// <summary>Who makes the changes this context saves; the audit trail records it. Null means the system (seed, jobs).</summary>
    public string? ActingUserId { get; private set; }

    /// <summary>Every use case that writes calls this first with its current user.</summary>
    public PortalDbContext ActAs(Access.ICurrentUser user)
    {
        ActingUserId = user.UserId;
        return this;
    }

    /// <summary>
    /// On PostgreSQL instants are <c>timestamp with time zone</c>, which takes only UTC DateTimes: every DateTime is
    /// stated as UTC on its way in and out (instants are UTC by rule, days are DateOnly), so a value built without a kind
    /// (a seed literal, a value read back from another store) is stored as the UTC instant it already is.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
            configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    /// <summary>
    /// Saves the changes, their audit entries and the touched drives' dashboard change counters in one transaction (the
    /// caller's, or one opened here), so a change is never stored without its record nor a record without its change,
    /// and no dashboard can see the change without its counter having moved.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        if (AuditTrail.Capture(ChangeTracker).Count == 0 && Dashboards.DashboardChanges.Of(ChangeTracker).IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Inside the caller's transaction the caller owns the retry, and a later save of the same unit must not send these rows again.
        var saved = Database.CurrentTransaction is not null
            ? await SaveWithAuditAsync(cancellationToken)
            : await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                // A retrying strategy (SQL Server's) runs this again after a transient failure, even one after the rows
                // were sent (the audit insert, the commit): nothing is accepted before the commit, so each attempt saves
                // the same changes and audits them afresh, and the rolled-back attempt leaves no trace.
                await using var transaction = await Database.BeginTransactionAsync(ct);
                var count = await SaveWithAuditAsync(ct);
                await transaction.CommitAsync(ct);
                return count;
            }, cancellationToken);

        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>The audit is captured from the tracker on every attempt: before the save (old values), completed after it (generated keys); then the dashboard counters.</summary>
    private async Task<int> SaveWithAuditAsync(CancellationToken ct)
    {
        var pending = AuditTrail.Capture(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
        if (pending.Count > 0)
        {
            await AuditTrail.AppendAsync(this, pending, clock.GetUtcNow().UtcDateTime, ct);
        }

        // After the audit chain's lock, so every writer takes the two locks in the same order; new rows have their keys now.
        if (Dashboards.DashboardChanges.Of(ChangeTracker) is { IsEmpty: false } affected)
        {
            await Dashboards.DashboardChanges.BumpAsync(this, affected, ct);
        }

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
