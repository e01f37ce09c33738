using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> unit)
    {
        unit.Property(u => u.Code).HasMaxLength(32);
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.Property(u => u.SearchName).HasMaxLength(200);
        unit.Property(u => u.Version).IsConcurrencyToken();
        unit.HasIndex(u => u.Code).IsUnique();
        unit.HasIndex(u => u.SearchName);
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
