using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>
/// SqlBulkCopy in chunks, keeping the generator's ids. Bulk copy skips foreign key checks, so <see cref="Complete"/>
/// re-checks them all, which also leaves the constraints trusted by the optimiser.
/// </summary>
internal sealed class SqlServerBulkWriter(string connectionString) : BulkWriter
{
    private const int RowsPerChunk = 100_000;
    private readonly Dictionary<string, DataTable> _chunks = [];

    public override void Complete()
    {
        foreach (var chunk in _chunks.Values)
        {
            Flush(chunk);
        }

        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandTimeout = 0;
        check.CommandText = string.Join("; ", _chunks.Keys.Select(t => $"ALTER TABLE [{t}] WITH CHECK CHECK CONSTRAINT ALL"));
        check.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        foreach (var chunk in _chunks.Values)
        {
            chunk.Dispose();
        }
    }

    protected override void Write(string table, string[] columns, object?[] values)
    {
        if (!_chunks.TryGetValue(table, out var chunk))
        {
            chunk = new DataTable(table) { Locale = CultureInfo.InvariantCulture };
            foreach (var column in columns)
            {
                chunk.Columns.Add(column, typeof(object));
            }

            _chunks[table] = chunk;
        }

        chunk.Rows.Add(values.Select(Stored).ToArray());
        if (chunk.Rows.Count == RowsPerChunk)
        {
            Flush(chunk);
        }
    }

    private void Flush(DataTable chunk)
    {
        if (chunk.Rows.Count == 0)
        {
            return;
        }

        using var copy = new SqlBulkCopy(connectionString, SqlBulkCopyOptions.KeepIdentity | SqlBulkCopyOptions.TableLock)
        {
            DestinationTableName = $"[{chunk.TableName}]",
            BulkCopyTimeout = 0,
        };
        foreach (DataColumn column in chunk.Columns)
        {
            copy.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }

        copy.WriteToServer(chunk);
        chunk.Clear();
    }

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => value,
    };
}
