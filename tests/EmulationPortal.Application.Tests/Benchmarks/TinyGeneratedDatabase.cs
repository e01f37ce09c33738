using EmulationPortal.Application.Data;
using EmulationPortal.Benchmarks;
using EmulationPortal.Benchmarks.Generation;

namespace EmulationPortal.Application.Tests.Benchmarks;

/// <summary>The benchmarks' generator run once at tiny scale into a temp file, shared by the tests of a class.</summary>
public sealed class TinyGeneratedDatabase : IAsyncLifetime
{
    private readonly TempDatabaseFile _file = new();

    public string File => _file.Path;

    public string ConnectionString => _file.ConnectionString;

    internal IReadOnlyDictionary<string, long> Counts { get; private set; } = new Dictionary<string, long>();

    public async ValueTask InitializeAsync() =>
        Counts = await DataGenerator.RunAsync(DatabaseProvider.Sqlite, PortalServices.SqliteConnection(_file.Path), Scale.Tiny, TextWriter.Null);

    public ValueTask DisposeAsync()
    {
        _file.Dispose();
        return ValueTask.CompletedTask;
    }
}
