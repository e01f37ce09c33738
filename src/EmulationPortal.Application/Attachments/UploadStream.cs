namespace EmulationPortal.Application.Attachments;

/// <summary>Reads an upload into memory, never more than one byte past the limit, so an oversize file is told apart without being read whole.</summary>
internal static class UploadStream
{
    public static async Task<byte[]> ReadAsync(Stream upload, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[81920];
        using var kept = new MemoryStream();
        while (kept.Length <= maxBytes)
        {
            var wanted = (int)Math.Min(buffer.Length, maxBytes + 1 - kept.Length);
            var read = await upload.ReadAsync(buffer.AsMemory(0, wanted), ct);
            if (read == 0)
            {
                break;
            }

            kept.Write(buffer, 0, read);
        }

        return kept.ToArray();
    }
}
