using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

/// <summary>A cluster with its memberships of every year (a handful of rows each).</summary>
internal sealed class EmulationClusterConfiguration : IEntityTypeConfiguration<EmulationCluster>
{
    public void Configure(EntityTypeBuilder<EmulationCluster> cluster)
    {
        cluster.ToTable("Clusters");
        cluster.Property(c => c.Name).HasMaxLength(EmulationCluster.NameMaxLength);
        cluster.Property(c => c.SearchName).HasMaxLength(EmulationCluster.NameMaxLength);
        cluster.Property(c => c.Version).IsConcurrencyToken();
        cluster.HasIndex(c => c.SearchName);
        cluster.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.ManagingUnitId).OnDelete(DeleteBehavior.Restrict);
        cluster.HasMany(c => c.Memberships).WithOne().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
        cluster.Navigation(c => c.Memberships).AutoInclude();
    }
}

internal sealed class ClusterMembershipConfiguration : IEntityTypeConfiguration<ClusterMembership>
{
    public void Configure(EntityTypeBuilder<ClusterMembership> membership)
    {
        membership.ToTable("ClusterMemberships");
        membership.HasIndex(m => new { m.ClusterId, m.Year, m.OrgUnitId }).IsUnique();
        membership.HasIndex(m => m.OrgUnitId);
        membership.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One covenant per cluster and year; its parts load with it (a few hundred rows at most).</summary>
internal sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> covenant)
    {
        covenant.Property(c => c.Version).IsConcurrencyToken();
        covenant.HasIndex(c => new { c.ClusterId, c.Year }).IsUnique();
        covenant.HasOne<EmulationCluster>().WithMany().HasForeignKey(c => c.ClusterId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.Commitments).WithOne().HasForeignKey(c => c.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.Signatures).WithOne().HasForeignKey(c => c.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.Reports).WithOne().HasForeignKey(c => c.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.Scores).WithOne().HasForeignKey(c => c.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.HasMany(c => c.AcclamationRounds).WithOne().HasForeignKey(r => r.CovenantId).OnDelete(DeleteBehavior.Cascade);
        covenant.Navigation(c => c.Criteria).AutoInclude();
        covenant.Navigation(c => c.Commitments).AutoInclude();
        covenant.Navigation(c => c.Signatures).AutoInclude();
        covenant.Navigation(c => c.Reports).AutoInclude();
        covenant.Navigation(c => c.Scores).AutoInclude();
        covenant.Navigation(c => c.AcclamationRounds).AutoInclude();
        covenant.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.LeaderUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CovenantCriterionConfiguration : IEntityTypeConfiguration<CovenantCriterion>
{
    public void Configure(EntityTypeBuilder<CovenantCriterion> criterion)
    {
        criterion.ToTable("CovenantCriteria");
        criterion.Property(c => c.Name).HasMaxLength(CovenantCriterion.NameMaxLength);
        criterion.Property(c => c.UnitOfMeasure).HasMaxLength(CovenantCriterion.UnitOfMeasureMaxLength);
    }
}

internal sealed class CovenantCommitmentConfiguration : IEntityTypeConfiguration<CovenantCommitment>
{
    public void Configure(EntityTypeBuilder<CovenantCommitment> commitment)
    {
        commitment.ToTable("CovenantCommitments");
        commitment.HasIndex(c => new { c.CovenantId, c.OrgUnitId, c.CriterionId }).IsUnique();
        commitment.HasOne<CovenantCriterion>().WithMany().HasForeignKey(c => c.CriterionId).OnDelete(DeleteBehavior.Restrict);
        commitment.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>One signature per member: two leaders of a unit signing at once meet the unique index.</summary>
internal sealed class CovenantSignatureConfiguration : IEntityTypeConfiguration<CovenantSignature>
{
    public void Configure(EntityTypeBuilder<CovenantSignature> signature)
    {
        signature.ToTable("CovenantSignatures");
        signature.HasIndex(s => new { s.CovenantId, s.OrgUnitId }).IsUnique();
        signature.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        signature.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CovenantReportConfiguration : IEntityTypeConfiguration<CovenantReport>
{
    public void Configure(EntityTypeBuilder<CovenantReport> report)
    {
        report.ToTable("CovenantReports");
        report.HasIndex(r => new { r.CovenantId, r.OrgUnitId, r.CriterionId, r.AsOf });
        report.HasOne<CovenantCriterion>().WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CovenantScoreConfiguration : IEntityTypeConfiguration<CovenantScore>
{
    public void Configure(EntityTypeBuilder<CovenantScore> score)
    {
        score.ToTable("CovenantScores");
        score.Property(s => s.Evidence).HasMaxLength(CovenantScore.EvidenceMaxLength);
        score.HasIndex(s => new { s.CovenantId, s.ScorerUnitId, s.ScoredUnitId, s.CriterionId }).IsUnique();
        score.HasOne<CovenantCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ScorerUnitId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ScoredUnitId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AcclamationRoundConfiguration : IEntityTypeConfiguration<AcclamationRound>
{
    public void Configure(EntityTypeBuilder<AcclamationRound> round)
    {
        round.ToTable("AcclamationRounds");
        round.HasIndex(r => new { r.CovenantId, r.Number }).IsUnique();
        round.OwnsMany(r => r.Tallies, tally =>
        {
            tally.WithOwner().HasForeignKey("AcclamationRoundId");
            tally.HasKey("AcclamationRoundId", nameof(AcclamationTally.UnitId));
            tally.Property(t => t.UnitId).ValueGeneratedNever();
        });
        round.Navigation(r => r.Tallies).AutoInclude();
    }
}

/// <summary>As the council's ballot: a random key the store does not generate, no link to the voter (docs/adr/0006-secret-ballot.md).</summary>
internal sealed class AcclamationBallotConfiguration : IEntityTypeConfiguration<AcclamationBallot>
{
    public void Configure(EntityTypeBuilder<AcclamationBallot> ballot)
    {
        ballot.Property(b => b.Id).ValueGeneratedNever();
        ballot.Property(b => b.ReceiptHash).HasMaxLength(64);
        ballot.HasIndex(b => b.ReceiptHash).IsUnique();
        ballot.HasIndex(b => b.RoundId);
        ballot.HasOne<AcclamationRound>().WithMany().HasForeignKey(b => b.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>One vote per member unit and round, enforced by the store too.</summary>
internal sealed class AcclamationVoteRecordConfiguration : IEntityTypeConfiguration<AcclamationVoteRecord>
{
    public void Configure(EntityTypeBuilder<AcclamationVoteRecord> voted)
    {
        voted.HasIndex(v => new { v.RoundId, v.OrgUnitId }).IsUnique();
        voted.HasOne<AcclamationRound>().WithMany().HasForeignKey(v => v.RoundId).OnDelete(DeleteBehavior.Cascade);
        voted.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
