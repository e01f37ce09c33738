using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> criterion)
    {
        criterion.Property(c => c.Name).HasMaxLength(300);
        criterion.Property(c => c.Description).HasMaxLength(2000);
        criterion.Property(c => c.UnitOfMeasure).HasMaxLength(50);
        criterion.HasIndex(c => new { c.CampaignId, c.SortOrder });
    }
}
