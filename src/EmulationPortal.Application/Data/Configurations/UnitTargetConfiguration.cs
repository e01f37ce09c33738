using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Targets;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class UnitTargetConfiguration : IEntityTypeConfiguration<UnitTarget>
{
    public void Configure(EntityTypeBuilder<UnitTarget> target)
    {
        target.Property(t => t.Version).IsConcurrencyToken();
        target.HasIndex(t => new { t.CampaignId, t.OrgUnitId, t.CriterionId }).IsUnique();
        target.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        target.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Criterion>().WithMany().HasForeignKey(t => t.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
