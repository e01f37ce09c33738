using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> report)
    {
        report.Property(r => r.Note).HasMaxLength(ProgressReport.NoteMaxLength);
        report.Property(r => r.ReportedByUserId).HasMaxLength(450);
        report.Property(r => r.CorrectionReason).HasMaxLength(ProgressReport.CorrectionReasonMaxLength);
        report.Property(r => r.Version).IsConcurrencyToken();

        // A report is superseded by one correction at most; the version refuses the second writer first.
        report.HasIndex(r => r.CorrectsReportId).IsUnique();
        report.HasOne<ProgressReport>().WithMany().HasForeignKey(r => r.CorrectsReportId).OnDelete(DeleteBehavior.Restrict);

        // The latest report per item or target is the current figure: these indexes serve "latest as of".
        report.HasIndex(r => new { r.PledgeItemId, r.AsOf });
        report.HasIndex(r => new { r.UnitTargetId, r.AsOf });
        report.HasIndex(r => new { r.CampaignId, r.CriterionId, r.AsOf });
        report.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<Criterion>().WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<PledgeItem>().WithMany().HasForeignKey(r => r.PledgeItemId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<UnitTarget>().WithMany().HasForeignKey(r => r.UnitTargetId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ReportedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
