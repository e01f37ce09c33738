using System.Text.Encodings.Web;
using System.Text.Json;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationPortal.Application.Data.Configurations;

/// <summary>A snapshot's evidence and verdicts are JSON documents: written once with the round's entry into council, read whole.</summary>
internal sealed class VerdictSnapshotConfiguration : IEntityTypeConfiguration<VerdictSnapshot>
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Configure(EntityTypeBuilder<VerdictSnapshot> snapshot)
    {
        snapshot.Property(s => s.Name).HasMaxLength(VerdictSnapshot.NameMaxLength);
        snapshot.Property(s => s.Code).HasMaxLength(50);
        snapshot.HasIndex(s => new { s.RoundId, s.PersonId });
        snapshot.HasOne<ReviewRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        snapshot.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        snapshot.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        AsJson(snapshot.Property(s => s.Evidence));
        AsJson(snapshot.Property(s => s.Verdicts));
    }

    private static void AsJson<T>(PropertyBuilder<T> property) => property
        .HasConversion(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<T>(s, Json)!)
        .Metadata.SetValueComparer(new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!));
}

/// <summary>Comments of the disclosure period, kept with their round and nomination.</summary>
internal sealed class NominationCommentConfiguration : IEntityTypeConfiguration<NominationComment>
{
    public void Configure(EntityTypeBuilder<NominationComment> comment)
    {
        comment.Property(c => c.Text).HasMaxLength(NominationComment.TextMaxLength);
        comment.HasIndex(c => new { c.RoundId, c.NominationId });
        comment.HasOne<ReviewRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne<Nomination>().WithMany().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
