namespace EmulationPortal.Domain.Attachments;

/// <summary>The kinds of file the portal keeps, as their content shows them (<see cref="FileSignature"/>).</summary>
public enum FileKind
{
    Pdf = 0,
    Png = 1,
    Jpeg = 2,
    Docx = 3,
}

/// <summary>Each kind's content type and the file name endings that may carry it.</summary>
public static class FileKinds
{
    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<string> Extensions(FileKind kind) => kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Png => [".png"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Docx => [".docx"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The endings an upload field offers, e.g. ".pdf,.docx,.png,.jpg,.jpeg".</summary>
    public static string Accept => string.Join(',', Enum.GetValues<FileKind>().SelectMany(Extensions));
}
