using EmulationPortal.Application.Decisions;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> decision)
    {
        decision.Property(d => d.Number).HasMaxLength(50);
        decision.Property(d => d.SignerName).HasMaxLength(AwardDecision.SignerMaxLength);
        decision.Property(d => d.SignerTitle).HasMaxLength(AwardDecision.SignerMaxLength);
        decision.Property(d => d.LegalBasis).HasMaxLength(AwardDecision.LegalBasisMaxLength);
        decision.Property(d => d.RevocationReason).HasMaxLength(AwardDecision.ReasonMaxLength);
        decision.Property(d => d.Version).IsConcurrencyToken();

        // No two issued decisions of a unit share a number in a year, whatever the allocation does (drafts have none).
        decision.HasIndex(d => new { d.IssuingUnitId, d.Year, d.Sequence }).IsUnique();
        decision.HasIndex(d => d.RoundId);
        decision.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        decision.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        decision.HasOne<ReviewRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.DraftedByUserId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.IssuedByUserId).OnDelete(DeleteBehavior.Restrict);
        decision.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.RevokedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionLineConfiguration : IEntityTypeConfiguration<DecisionLine>
{
    public void Configure(EntityTypeBuilder<DecisionLine> line)
    {
        line.Property(l => l.RecipientName).HasMaxLength(DecisionLine.NameMaxLength);
        line.Property(l => l.UnitName).HasMaxLength(DecisionLine.NameMaxLength);
        line.Property(l => l.TitleName).HasMaxLength(DecisionLine.NameMaxLength);
        line.Property(l => l.VerificationCode).HasMaxLength(DecisionLine.CodeLength);
        line.Property(l => l.Bonus).HasPrecision(18, 0);
        line.HasIndex(l => l.VerificationCode).IsUnique();
        line.HasIndex(l => l.PersonId);
        line.HasIndex(l => l.UnitId);
        line.HasOne<Nomination>().WithMany().HasForeignKey(l => l.NominationId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<PortalUser>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionNumberSeriesConfiguration : IEntityTypeConfiguration<DecisionNumberSeries>
{
    public void Configure(EntityTypeBuilder<DecisionNumberSeries> series)
    {
        series.ToTable("DecisionNumberSeries");
        series.HasKey(s => new { s.IssuingUnitId, s.Year });
        series.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
