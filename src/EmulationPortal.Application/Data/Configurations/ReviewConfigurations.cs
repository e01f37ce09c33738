using System.Text.Json;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

/// <summary>A rule set's book is one JSON document: it is read and replaced whole, and its shape moves with the law.</summary>
internal sealed class RuleSetConfiguration : IEntityTypeConfiguration<RuleSet>
{
    private static readonly JsonSerializerOptions Json = new();

    public void Configure(EntityTypeBuilder<RuleSet> ruleSet)
    {
        ruleSet.Property(r => r.Code).HasMaxLength(50);
        ruleSet.Property(r => r.Name).HasMaxLength(300);
        ruleSet.Property(r => r.Version).IsConcurrencyToken();
        ruleSet.HasIndex(r => r.Code).IsUnique();
        ruleSet.Property(r => r.Book)
            .HasConversion(b => JsonSerializer.Serialize(b, Json), s => JsonSerializer.Deserialize<RuleBook>(s, Json)!)
            .Metadata.SetValueComparer(new ValueComparer<RuleBook>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                b => JsonSerializer.Serialize(b, Json).GetHashCode(StringComparison.Ordinal),
                b => JsonSerializer.Deserialize<RuleBook>(JsonSerializer.Serialize(b, Json), Json)!));
    }
}

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> round)
    {
        round.Property(r => r.Name).HasMaxLength(ReviewRound.NameMaxLength);
        round.Property(r => r.Version).IsConcurrencyToken();
        round.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        round.HasOne<RuleSet>().WithMany().HasForeignKey(r => r.RuleSetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> nomination)
    {
        nomination.Property(n => n.Summary).HasMaxLength(Nomination.SummaryMaxLength);
        nomination.Property(n => n.ReturnReason).HasMaxLength(Nomination.ReasonMaxLength);
        nomination.Property(n => n.Version).IsConcurrencyToken();
        nomination.HasIndex(n => new { n.RoundId, n.NominatingUnitId });
        nomination.HasOne<ReviewRound>().WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Cascade);
        nomination.HasOne<OrgUnit>().WithMany().HasForeignKey(n => n.NominatingUnitId).OnDelete(DeleteBehavior.Restrict);
        nomination.HasOne<OrgUnit>().WithMany().HasForeignKey(n => n.SubjectUnitId).OnDelete(DeleteBehavior.Restrict);
        nomination.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        nomination.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.NominatedByUserId).OnDelete(DeleteBehavior.Restrict);
        nomination.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnualRatingConfiguration : IEntityTypeConfiguration<AnnualRating>
{
    public void Configure(EntityTypeBuilder<AnnualRating> rating)
    {
        // A person has one rating a year; a unit's own rating is the row without a person.
        rating.HasIndex(r => new { r.Year, r.UserId }).IsUnique();
        rating.HasIndex(r => new { r.Year, r.OrgUnitId });
        rating.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        rating.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> discipline)
    {
        discipline.Property(d => d.Note).HasMaxLength(DisciplineRecord.NoteMaxLength);
        discipline.HasIndex(d => new { d.UserId, d.Year });
        discipline.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> award)
    {
        award.Property(a => a.InitiativeCode).HasMaxLength(50);
        award.HasIndex(a => new { a.UserId, a.Year });
        award.HasIndex(a => new { a.OrgUnitId, a.Year });
        award.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        award.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
