using System.IO.Compression;
using System.Text;

namespace EmulationPortal.Application.Users.Import;

/// <summary>
/// What a staff file may hold, checked before MiniExcel reads it: an .xlsx is a zip, and a 400 KB upload can unzip to
/// gigabytes (one huge cell) that the reader would hold in memory and the preview would send to the browser.
/// </summary>
public static class StaffFileLimits
{
    /// <summary>All entries of an .xlsx together, unzipped: a 20,000-row list of five short columns needs a few MB.</summary>
    public const long MaxUnzippedBytes = 32L * 1024 * 1024;

    /// <summary>No name, email, code or role comes near this; a longer cell is a wrong file or an attack.</summary>
    public const int MaxCellLength = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the .xlsx in <paramref name="content"/> is refused unread, or null; the stream is rewound either way.</summary>
    public static string? CheckWorkbook(Stream content)
    {
        try
        {
            // Declared sizes first (cheap), then the bytes themselves: a crafted zip can declare less than it holds.
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Sum(entry => entry.Length) > MaxUnzippedBytes)
            {
                return "import.file.too-large";
            }

            var unzipped = 0L;
            var buffer = new byte[64 * 1024];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    unzipped += read;
                    if (unzipped > MaxUnzippedBytes)
                    {
                        return "import.file.too-large";
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "import.file.unreadable";
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>
    /// Why the CSV in <paramref name="content"/> is refused, or null: it must be UTF-8 (a Windows-1258 or other legacy
    /// file would import garbled names that look valid). The stream is rewound.
    /// </summary>
    public static string? CheckCsv(Stream content)
    {
        try
        {
            using var reader = new StreamReader(content, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
            var buffer = new char[16 * 1024];
            while (reader.Read(buffer, 0, buffer.Length) > 0)
            {
                // decoding is the check
            }

            return null;
        }
        catch (DecoderFallbackException)
        {
            return "import.file.encoding";
        }
        finally
        {
            content.Position = 0;
        }
    }
}
