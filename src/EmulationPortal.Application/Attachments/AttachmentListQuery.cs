using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Attachments;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Attachments;

/// <summary>An owner's files, without their bytes, and whether the user may change them.</summary>
public sealed record AttachmentList(bool MayEdit, Guid OwnerVersion, IReadOnlyList<AttachmentList.Row> Files)
{
    public sealed record Row(int Id, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
}

/// <summary>The files of an initiative or a nomination for whoever may read it; null otherwise (or when it does not exist).</summary>
public sealed class AttachmentListQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<AttachmentList?> ExecuteAsync(ICurrentUser user, AttachmentOwner kind, int ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var grant = await AttachmentOwnerAccess.ForAsync(db, user, kind, ownerId, ct);
        if (grant is null || !grant.MayRead)
        {
            return null;
        }

        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == kind && a.OwnerId == ownerId)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentList.Row(a.Id, a.FileName, a.ContentType, a.SizeBytes,
                db.Users.Where(u => u.Id == a.UploadedByUserId).Select(u => u.FullName).FirstOrDefault() ?? string.Empty, a.UploadedAtUtc))
            .ToListAsync(ct);
        return new AttachmentList(grant.MayEdit, grant.Owner.Version, files);
    }
}
