using System.Globalization;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Initiatives;

/// <summary>Initiative codes: SK-year-sequence, the sequence one past the year's highest (gaps are left, never reused).</summary>
internal static class InitiativeCodes
{
    public static async Task<string> NextAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"SK-{year}-";
        var codes = await db.Initiatives.Where(i => i.Code != null && i.Code.StartsWith(prefix)).Select(i => i.Code!).ToListAsync(ct);
        var highest = codes.Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{highest + 1:000}");
    }
}
