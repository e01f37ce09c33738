namespace EmulationPortal.Benchmarks.Generation;

/// <summary>Writes generated rows straight to the tables, bypassing EF: the fast path for millions of rows.</summary>
internal abstract class BulkWriter : IDisposable
{
    private readonly Dictionary<string, long> _counts = [];

    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>Adds one row; values in column order, as the .NET types the entity has (ids given by the generator).</summary>
    public void Add(string table, string[] columns, params object?[] values)
    {
        _counts[table] = _counts.GetValueOrDefault(table) + 1;
        Write(table, columns, values);
    }

    /// <summary>Makes everything added so far durable.</summary>
    public abstract void Complete();

    public abstract void Dispose();

    protected abstract void Write(string table, string[] columns, object?[] values);
}
