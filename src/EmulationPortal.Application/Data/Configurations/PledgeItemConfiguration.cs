using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class PledgeItemConfiguration : IEntityTypeConfiguration<PledgeItem>
{
    public void Configure(EntityTypeBuilder<PledgeItem> item)
    {
        item.HasIndex(i => new { i.PledgeId, i.CriterionId }).IsUnique();
        item.HasIndex(i => i.CriterionId);
        item.HasOne<Criterion>().WithMany().HasForeignKey(i => i.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
