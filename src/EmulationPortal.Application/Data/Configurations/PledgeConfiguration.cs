using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> pledge)
    {
        pledge.Property(p => p.ActionProgramme).HasMaxLength(Pledge.ActionProgrammeMaxLength);
        pledge.Property(p => p.ReturnReason).HasMaxLength(Pledge.ReturnReasonMaxLength);
        pledge.Property(p => p.Version).IsConcurrencyToken();
        pledge.Ignore(p => p.IsEditable);

        // One individual pledge per person and drive (collective pledges have no user; NULLs do not collide).
        pledge.HasIndex(p => new { p.CampaignId, p.UserId }).IsUnique();

        // One collective pledge per unit and drive, even when two tabs or two leaders create it at once: the second
        // insert fails here and its author is told of the conflict. Collective pledges are the ones without a user.
        pledge.HasIndex(p => new { p.CampaignId, p.OrgUnitId }, "IX_Pledges_CampaignId_OrgUnitId_Collective")
            .IsUnique()
            .HasFilter("\"UserId\" IS NULL"); // quoted: PostgreSQL folds unquoted names to lower case
        pledge.HasIndex(p => new { p.CampaignId, p.OrgUnitId, p.Status });
        pledge.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        pledge.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        pledge.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        pledge.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PledgeId).OnDelete(DeleteBehavior.Cascade);
        pledge.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
