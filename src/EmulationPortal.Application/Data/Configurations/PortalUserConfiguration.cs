using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(200);
        user.Property(u => u.SearchName).HasMaxLength(200);
        user.Property(u => u.StaffCode).HasMaxLength(32);
        user.Property(u => u.Culture).HasMaxLength(10).HasDefaultValue(PortalUser.DefaultCulture);
        user.HasIndex(u => u.SearchName);
        user.HasIndex(u => u.StaffCode).IsUnique();
        user.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
