using System.Globalization;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Benchmarks.Generation;

/// <summary>
/// One prepared INSERT per table inside big transactions. WAL with synchronous=OFF is for generation only: a crash
/// mid-way loses the file, which is then simply generated again. The portal's own connections keep their defaults.
/// </summary>
internal sealed class SqliteBulkWriter : BulkWriter
{
    private const int RowsPerTransaction = 200_000;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _inserts = [];
    private SqliteTransaction? _transaction;
    private int _pending;

    public SqliteBulkWriter(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";
            pragma.ExecuteNonQuery();
        }
    }

    /// <summary>Commits and checkpoints; the next row opens a new transaction, so other connections may write in between.</summary>
    public override void Complete()
    {
        Commit();
        using var checkpoint = _connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        _transaction?.Dispose();
        foreach (var insert in _inserts.Values)
        {
            insert.Dispose();
        }

        _connection.Dispose();
    }

    protected override void Write(string table, string[] columns, object?[] values)
    {
        if (!_inserts.TryGetValue(table, out var insert))
        {
            insert = _connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            foreach (var i in Enumerable.Range(0, columns.Length))
            {
                insert.Parameters.Add(new SqliteParameter($"@p{i}", null));
            }

            insert.Prepare();
            _inserts[table] = insert;
        }

        insert.Transaction = _transaction ??= _connection.BeginTransaction();
        for (var i = 0; i < values.Length; i++)
        {
            insert.Parameters[i].Value = Stored(values[i]);
        }

        insert.ExecuteNonQuery();
        if (++_pending == RowsPerTransaction)
        {
            Commit();
        }
    }

    private void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _pending = 0;
    }

    /// <summary>The representation EF Core's SQLite provider writes (Guids as upper-case text, enums as integers).</summary>
    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => value,
    };
}
