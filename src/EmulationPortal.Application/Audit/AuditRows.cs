using System.Globalization;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EmulationPortal.Application.Audit;

/// <summary>
/// Inserts audit entries with SQL instead of through the change tracker, in multi-row statements. The values still go
/// through EF's parameter mappings (datetime2 on SQL Server), so what is stored is exactly what was hashed.
/// </summary>
internal static class AuditRows
{
    /// <summary>Nine parameters a row: 100 rows stay well under SQL Server's 2,100 parameters a statement.</summary>
    private const int RowsPerStatement = 100;

    private static readonly string[] Columns =
    [
        nameof(AuditEntry.Sequence), nameof(AuditEntry.AtUtc), nameof(AuditEntry.UserId), nameof(AuditEntry.EntityType),
        nameof(AuditEntry.EntityId), nameof(AuditEntry.Action), nameof(AuditEntry.Changes), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash),
    ];

    public static async Task InsertAsync(PortalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(db.Model.FindEntityType(typeof(AuditEntry))!.GetTableName()!);
        var columns = string.Join(", ", Columns.Select(c => sql.DelimitIdentifier(c)));
        foreach (var chunk in entries.Chunk(RowsPerStatement))
        {
            var rows = chunk.Select((_, row) => "(" + string.Join(", ", Columns.Select((_, column) =>
                "{" + (row * Columns.Length + column).ToString(CultureInfo.InvariantCulture) + "}")) + ")");
            var values = chunk.SelectMany(e => new object?[]
            {
                e.Sequence, e.AtUtc, e.UserId, e.EntityType, e.EntityId, (int)e.Action, e.Changes, e.PreviousHash, e.Hash,
            });
            // Only identifiers and placeholders are spliced in; every value travels as a parameter.
            var statement = $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", rows)}";
            await db.Database.ExecuteSqlRawAsync(statement, values.ToArray()!, ct);
        }
    }
}
