using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(AttachmentName.MaxLength);
        attachment.Property(a => a.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength);
        attachment.Property(a => a.Sha256).HasMaxLength(Attachment.Sha256Length);

        // An owner's files are listed and counted by owner.
        attachment.HasIndex(a => new { a.OwnerKind, a.OwnerId });
        attachment.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> content)
    {
        content.HasKey(c => c.AttachmentId);
        content.Property(c => c.Bytes).IsRequired();

        // Removing an attachment removes its bytes in the same statement.
        content.HasOne(c => c.Attachment).WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
