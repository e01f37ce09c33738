using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Attachments;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Attachments;

/// <summary>Removes a file (and its bytes) from an owner that is still open, for whoever may upload to it; the owner's version is checked and renewed.</summary>
public sealed class RemoveAttachment(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    public sealed record Request(int AttachmentId, Guid OwnerVersion);

    public async Task<Outcome<Guid>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == request.AttachmentId, ct);
        var grant = attachment is null ? null : await AttachmentOwnerAccess.ForAsync(db, user, attachment.OwnerKind, attachment.OwnerId, ct);
        if (attachment is null || grant is null || !grant.MayRead)
        {
            return Outcome<Guid>.From(Outcome.NotFound());
        }

        if (!grant.MayEdit)
        {
            return Outcome<Guid>.From(Outcome.Forbidden());
        }

        var outcome = await db.SaveAsync(grant.Owner, request.OwnerVersion, () =>
        {
            db.Attachments.Remove(attachment);
            grant.Owner.Version = Guid.NewGuid();
        }, ct);
        return outcome.Succeeded ? Outcome<Guid>.Ok(grant.Owner.Version) : Outcome<Guid>.From(outcome);
    }
}
