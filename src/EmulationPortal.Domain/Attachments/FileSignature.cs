using System.IO.Compression;

namespace EmulationPortal.Domain.Attachments;

/// <summary>
/// Tells a file's kind from its bytes alone, never from its name or what the browser claims: PDF by <c>%PDF-</c>, PNG
/// and JPEG by their signatures, DOCX as a ZIP holding both <c>[Content_Types].xml</c> and <c>word/document.xml</c>
/// (any other ZIP, an .xlsx say, is not a DOCX). Anything else is not kept.
/// </summary>
public static class FileSignature
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static FileKind? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan();
        if (head.StartsWith(Pdf))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith(Png))
        {
            return FileKind.Png;
        }

        if (head.StartsWith(Jpeg))
        {
            return FileKind.Jpeg;
        }

        return head.StartsWith(Zip) && IsWordDocument(content) ? FileKind.Docx : null;
    }

    /// <summary>Only the ZIP's directory is read; no entry is unpacked, so a ZIP bomb costs nothing here.</summary>
    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("[Content_Types].xml") && names.Contains("word/document.xml");
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
