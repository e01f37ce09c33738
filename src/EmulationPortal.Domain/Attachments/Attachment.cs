using System.Security.Cryptography;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Attachments;

/// <summary>
/// A file kept with an initiative or a nomination: its sanitised name, the kind its content shows, size and SHA-256, who
/// uploaded it and when. The bytes are in their own row (<see cref="AttachmentContent"/>), so a list never loads them.
/// </summary>
public class Attachment
{
    public const int ContentTypeMaxLength = 100;
    public const int Sha256Length = 64;

    private Attachment()
    {
    }

    private Attachment(AttachmentOwner ownerKind, int ownerId, string fileName, FileKind kind, byte[] content, string byUserId, DateTime nowUtc)
    {
        OwnerKind = ownerKind;
        OwnerId = ownerId;
        FileName = fileName;
        Kind = kind;
        ContentType = FileKinds.ContentType(kind);
        SizeBytes = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        UploadedByUserId = byUserId;
        UploadedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public AttachmentOwner OwnerKind { get; private set; }
    public int OwnerId { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public FileKind Kind { get; private set; }
    public string ContentType { get; private set; } = string.Empty;
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public string UploadedByUserId { get; private set; } = string.Empty;
    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>
    /// Keeps a file only when it is not empty, fits <paramref name="maxBytes"/>, its content is a kind the portal keeps and
    /// its name's ending agrees with that content (a program renamed .pdf, a web page named .png are refused).
    /// </summary>
    public static AttachmentContent Accept(AttachmentOwner ownerKind, int ownerId, string? fileName, byte[] content, long maxBytes, string byUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Enum.IsDefined(ownerKind))
        {
            throw new DomainRuleException("attachment.owner.invalid", "Unknown owner.");
        }

        if (content.Length == 0)
        {
            throw new DomainRuleException("attachment.empty", "The file is empty.");
        }

        if (content.LongLength > maxBytes)
        {
            throw new DomainRuleException("attachment.tooLarge", "The file is larger than allowed.");
        }

        var name = AttachmentName.Sanitise(fileName);
        if (name.Length == 0)
        {
            throw new DomainRuleException("attachment.name.required", "The file has no name.");
        }

        var kind = FileSignature.Detect(content) ?? throw new DomainRuleException("attachment.type", "Only PDF, DOCX, PNG and JPEG files are kept.");
        if (!FileKinds.Extensions(kind).Contains(AttachmentName.Extension(name)))
        {
            throw new DomainRuleException("attachment.extension", "The file name's ending does not match its content.");
        }

        return new AttachmentContent(new Attachment(ownerKind, ownerId, name, kind, content, byUserId, nowUtc), content);
    }
}
