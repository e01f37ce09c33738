using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Recognition;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class RecognitionConfiguration : IEntityTypeConfiguration<Recognition>
{
    public void Configure(EntityTypeBuilder<Recognition> recognition)
    {
        recognition.Property(r => r.Reason).HasMaxLength(Recognition.ReasonMaxLength);
        recognition.Property(r => r.RecordedByUserId).HasMaxLength(450);
        recognition.HasIndex(r => new { r.CampaignId, r.OrgUnitId, r.RecognisedOn });
        recognition.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        recognition.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        recognition.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        recognition.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
