using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Attachments;

/// <summary>A file to send: its kept name, the content type its content showed, and its bytes.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// A file for whoever may read its owner; null for anyone else, the same as for a file that does not exist, so a
/// stranger cannot tell which ids are taken.
/// </summary>
public sealed class AttachmentDownloadQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public async Task<AttachmentFile?> ExecuteAsync(ICurrentUser user, int attachmentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        var grant = attachment is null ? null : await AttachmentOwnerAccess.ForAsync(db, user, attachment.OwnerKind, attachment.OwnerId, ct);
        if (attachment is null || grant is null || !grant.MayRead)
        {
            return null;
        }

        var bytes = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId).Select(c => c.Bytes).SingleAsync(ct);
        return new AttachmentFile(attachment.FileName, attachment.ContentType, bytes);
    }
}
