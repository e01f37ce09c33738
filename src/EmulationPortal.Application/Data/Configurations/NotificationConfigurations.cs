using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.RecipientId).HasMaxLength(450);
        notification.Property(n => n.DedupeKey).HasMaxLength(Notification.DedupeKeyMaxLength);
        notification.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        notification.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        notification.Property(n => n.Detail).HasMaxLength(Notification.DetailMaxLength);
        notification.Property(n => n.LastError).HasMaxLength(Notification.ErrorMaxLength);
        notification.Ignore(n => n.IsRead);

        // The outbox's guarantee: one row per (kind, subject, recipient, day or event), whichever instance inserts it.
        notification.HasIndex(n => n.DedupeKey).IsUnique();
        notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        notification.HasIndex(n => new { n.Email, n.NextAttemptAtUtc });
        notification.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> preference)
    {
        preference.HasKey(p => new { p.UserId, p.Kind });
        preference.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
