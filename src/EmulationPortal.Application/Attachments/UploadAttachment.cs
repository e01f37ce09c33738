using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Attachments;
using EmulationPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Attachments;

/// <summary>
/// Keeps an uploaded file with an initiative or a nomination, for whoever may edit it while it is open. The file is
/// judged by its content (<see cref="FileSignature"/>), its size and the owner's file count from
/// <see cref="AttachmentOptions"/>; the owner's version is checked and renewed, so two editors never pass the count
/// together. The result is the owner's new version.
/// </summary>
public sealed class UploadAttachment(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IOptions<AttachmentOptions> options,
    IValidator<UploadAttachment.Request> validator) : IUseCase
{
    public sealed class Request
    {
        public AttachmentOwner OwnerKind { get; set; }
        public int OwnerId { get; set; }

        /// <summary>The owner's version the user saw.</summary>
        public Guid OwnerVersion { get; set; }

        /// <summary>The name the browser sent; only its sanitised last segment is kept.</summary>
        public string FileName { get; set; } = string.Empty;

        public Stream? Content { get; set; }
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        /// <summary>A name longer than this is not a file name (a path-length attack); shorter ones are cut when kept.</summary>
        public const int RawNameMaxLength = 1000;

        public Validator()
        {
            RuleFor(r => r.OwnerKind).IsInEnum().WithErrorCode("attachment.owner.invalid");
            this.RuleForTyped(r => r.FileName).NotEmpty().WithErrorCode("attachment.name.required")
                .MaximumLength(RawNameMaxLength).WithErrorCode("attachment.name.tooLong");
            RuleFor(r => r.Content).NotNull().WithErrorCode("attachment.empty");
        }
    }

    public async Task<Outcome<Guid>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Outcome<Guid>.From(Outcome.Invalid(validation));
        }

        var limits = options.Value;
        var bytes = await UploadStream.ReadAsync(request.Content!, limits.MaxFileBytes, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var grant = await AttachmentOwnerAccess.ForAsync(db, user, request.OwnerKind, request.OwnerId, ct);
        if (grant is null || !grant.MayRead)
        {
            return Outcome<Guid>.From(Outcome.NotFound());
        }

        if (!grant.MayEdit)
        {
            return Outcome<Guid>.From(Outcome.Forbidden());
        }

        var held = await db.Attachments.CountAsync(a => a.OwnerKind == request.OwnerKind && a.OwnerId == request.OwnerId, ct);
        var outcome = await db.SaveAsync(grant.Owner, request.OwnerVersion, () =>
        {
            if (held >= limits.MaxFilesPerOwner)
            {
                throw new DomainRuleException("attachment.tooMany", "The owner holds as many files as allowed.");
            }

            db.AttachmentContents.Add(Attachment.Accept(request.OwnerKind, request.OwnerId, request.FileName, bytes, limits.MaxFileBytes, user.UserId, clock.GetUtcNow().UtcDateTime));
            grant.Owner.Version = Guid.NewGuid();
        }, ct);
        return outcome.Succeeded ? Outcome<Guid>.Ok(grant.Owner.Version) : Outcome<Guid>.From(outcome);
    }
}
