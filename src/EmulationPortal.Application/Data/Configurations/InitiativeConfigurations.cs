using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Progress;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> initiative)
    {
        initiative.Property(i => i.Code).HasMaxLength(Initiative.CodeMaxLength);
        initiative.Property(i => i.Title).HasMaxLength(InitiativeContent.TitleMaxLength);
        initiative.Property(i => i.SearchName).HasMaxLength(InitiativeContent.TitleMaxLength + Initiative.CodeMaxLength + 1);
        initiative.Property(i => i.Problem).HasMaxLength(InitiativeContent.TextMaxLength);
        initiative.Property(i => i.Solution).HasMaxLength(InitiativeContent.TextMaxLength);
        initiative.Property(i => i.AppliedAt).HasMaxLength(InitiativeContent.AppliedAtMaxLength);
        initiative.Property(i => i.RejectionReason).HasMaxLength(Initiative.ReasonMaxLength);
        initiative.Property(i => i.ConsumedFor).HasMaxLength(Initiative.ConsumedForMaxLength);
        initiative.Property(i => i.Version).IsConcurrencyToken();

        // Codes are numbered per year on filing; two filings racing for a number meet here.
        initiative.HasIndex(i => i.Code).IsUnique();
        initiative.HasIndex(i => new { i.OrgUnitId, i.State });
        initiative.HasIndex(i => i.SearchName);
        initiative.HasIndex(i => i.ProgressReportId).IsUnique();
        initiative.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        initiative.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.CouncilUnitId).OnDelete(DeleteBehavior.Restrict);
        initiative.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        initiative.HasOne<ProgressReport>().WithMany().HasForeignKey(i => i.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
        initiative.HasOne<AwardDecision>().WithMany().HasForeignKey(i => i.ConsumedByDecisionId).OnDelete(DeleteBehavior.Restrict);

        initiative.HasMany(i => i.Authors).WithOne().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        initiative.Navigation(i => i.Authors).UsePropertyAccessMode(PropertyAccessMode.Field);
        initiative.HasMany(i => i.Votes).WithOne().HasForeignKey(v => v.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        initiative.Navigation(i => i.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InitiativeAuthorConfiguration : IEntityTypeConfiguration<InitiativeAuthor>
{
    public void Configure(EntityTypeBuilder<InitiativeAuthor> author)
    {
        author.HasIndex(a => new { a.InitiativeId, a.UserId }).IsUnique();
        author.HasIndex(a => a.UserId);
        author.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InitiativeVoteConfiguration : IEntityTypeConfiguration<InitiativeVote>
{
    public void Configure(EntityTypeBuilder<InitiativeVote> vote)
    {
        vote.HasIndex(v => new { v.InitiativeId, v.MemberUserId }).IsUnique();
        vote.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.MemberUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InitiativeCouncilMemberConfiguration : IEntityTypeConfiguration<InitiativeCouncilMember>
{
    public void Configure(EntityTypeBuilder<InitiativeCouncilMember> member)
    {
        member.HasIndex(m => new { m.OrgUnitId, m.UserId }).IsUnique();
        member.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
