using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EmulationPortal.TestSupport;

/// <summary>The application layer on one real store, so a test class can run the same tests on SQLite and on PostgreSQL.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    FakeTimeProvider Clock { get; }

    IServiceProvider Services { get; }

    IDbContextFactory<PortalDbContext> DbFactory { get; }

    T Get<T>()
        where T : notnull;

    PortalDbContext NewContext();
}
