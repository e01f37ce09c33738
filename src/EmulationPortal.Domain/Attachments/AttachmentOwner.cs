namespace EmulationPortal.Domain.Attachments;

/// <summary>What an attachment belongs to: its owner's kind; the owner's id is beside it on <see cref="Attachment"/>.</summary>
public enum AttachmentOwner
{
    Initiative = 0,
    Nomination = 1,
}
