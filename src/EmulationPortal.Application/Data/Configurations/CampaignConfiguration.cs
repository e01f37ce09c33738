using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.Property(c => c.Title).HasMaxLength(300);
        campaign.Property(c => c.Theme).HasMaxLength(300);
        campaign.Property(c => c.Occasion).HasMaxLength(500);
        campaign.Property(c => c.Description).HasMaxLength(8000);
        campaign.Property(c => c.Version).IsConcurrencyToken();
        campaign.Property<long>(Dashboards.DashboardChanges.Column); // the dashboard's change counter, bumped by SQL only
        campaign.Ignore(c => c.Period);
        campaign.HasIndex(c => c.Status);
        campaign.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        campaign.HasOne<Campaign>().WithMany().HasForeignKey(c => c.ParentCampaignId).OnDelete(DeleteBehavior.Restrict);
        campaign.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        campaign.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
        campaign.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        campaign.Navigation(c => c.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        campaign.Navigation(c => c.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        campaign.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
