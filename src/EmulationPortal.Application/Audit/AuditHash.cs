using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EmulationPortal.Application.Audit;

/// <summary>The chained hash of an entry: SHA-256 over the previous hash and every field of the entry.</summary>
public static class AuditHash
{
    public static string Of(string previousHash, long sequence, DateTime atUtc, string? userId, string entityType, string entityId, AuditAction action, string changes)
    {
        var text = string.Join('\u001f',
            previousHash,
            sequence.ToString(CultureInfo.InvariantCulture),
            // Stores hand DateTimes back without their kind; the hash must not depend on it.
            DateTime.SpecifyKind(atUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            userId ?? string.Empty,
            entityType,
            entityId,
            ((int)action).ToString(CultureInfo.InvariantCulture),
            changes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string Of(AuditEntry entry) =>
        Of(entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.UserId, entry.EntityType, entry.EntityId, entry.Action, entry.Changes);
}
