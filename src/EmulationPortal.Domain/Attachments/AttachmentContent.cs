namespace EmulationPortal.Domain.Attachments;

/// <summary>An attachment's bytes, in their own table and read only when the file is downloaded.</summary>
public class AttachmentContent
{
    private AttachmentContent()
    {
    }

    internal AttachmentContent(Attachment attachment, byte[] bytes)
    {
        Attachment = attachment;
        Bytes = bytes;
    }

    public int AttachmentId { get; private set; }
    public Attachment Attachment { get; private set; } = null!;
    public byte[] Bytes { get; private set; } = [];
}
