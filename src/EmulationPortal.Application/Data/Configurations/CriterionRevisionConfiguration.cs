using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class CriterionRevisionConfiguration : IEntityTypeConfiguration<CriterionRevision>
{
    public void Configure(EntityTypeBuilder<CriterionRevision> revision)
    {
        revision.Property(r => r.Reason).HasMaxLength(2000);
        revision.Property(r => r.OldName).HasMaxLength(300);
        revision.Property(r => r.NewName).HasMaxLength(300);
        revision.Property(r => r.OldDescription).HasMaxLength(2000);
        revision.Property(r => r.NewDescription).HasMaxLength(2000);
        revision.Property(r => r.OldUnitOfMeasure).HasMaxLength(50);
        revision.Property(r => r.NewUnitOfMeasure).HasMaxLength(50);
        revision.HasIndex(r => new { r.CampaignId, r.RevisedAtUtc });
        revision.HasOne<Criterion>().WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Restrict);
        revision.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RevisedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
