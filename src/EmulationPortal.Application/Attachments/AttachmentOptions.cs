using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Application.Attachments;

/// <summary>Limits on uploaded files, from the <c>Attachments</c> section of the configuration.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file kept, in bytes (10 MB unless configured).</summary>
    [Range(typeof(long), "1", "104857600")]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many files one initiative or nomination may hold.</summary>
    [Range(1, 100)]
    public int MaxFilesPerOwner { get; set; } = 10;

    /// <summary>The size limit in whole megabytes, for messages.</summary>
    public long MaxMegabytes => Math.Max(1, MaxFileBytes / (1024 * 1024));
}
