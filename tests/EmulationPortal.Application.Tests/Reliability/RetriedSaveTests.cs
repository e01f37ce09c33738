using System.Data.Common;
using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// A retrying execution strategy (SQL Server's, in production) runs a save again after a transient failure, even one
/// that comes after the rows were sent. The retry must store the change once, with its audit entry once, and the chain
/// must stay intact. The failure is injected on a real SQLite file: SQL Server cannot run on this machine.
/// </summary>
public class RetriedSaveTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public enum Strategy
    {
        /// <summary>EF's base retrying strategy, retrying on the injected failure.</summary>
        Retrying,

        /// <summary>The very class <c>EnableRetryOnFailure()</c> registers on SQL Server, taught to treat the injected failure as transient.</summary>
        SqlServerRetrying,
    }

    public enum FailurePoint
    {
        AuditInsert,
        Commit,
    }

    [Theory]
    [InlineData(Strategy.Retrying, FailurePoint.AuditInsert)]
    [InlineData(Strategy.Retrying, FailurePoint.Commit)]
    [InlineData(Strategy.SqlServerRetrying, FailurePoint.AuditInsert)]
    [InlineData(Strategy.SqlServerRetrying, FailurePoint.Commit)]
    public async Task A_new_row_saved_on_the_second_attempt_is_stored_and_audited_once(Strategy strategy, FailurePoint point)
    {
        var failure = new FailOnce(point);
        int id;
        await using (var db = RetryingContext(strategy, failure))
        {
            var unit = new OrgUnit("PX7", "Phân xưởng 7", OrgUnitKind.Workshop);
            db.OrgUnits.Add(unit);
            await db.SaveChangesAsync(Ct);
            id = unit.Id;
            Assert.Equal(EntityState.Unchanged, db.Entry(unit).State);
        }

        Assert.True(failure.Thrown);
        await using var check = _database.NewContext();
        var stored = await check.OrgUnits.SingleAsync(u => u.Code == "PX7", Ct);
        Assert.Equal(id, stored.Id);
        var audited = await check.AuditEntries.Where(e => e.EntityType == nameof(OrgUnit)).ToListAsync(Ct);
        Assert.Equal((AuditAction.Created, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Assert.Single(audited).Action, audited[0].EntityId));
        Assert.True((await VerifyAuditChain.VerifyAsync(check, Ct)).Intact);
    }

    [Theory]
    [InlineData(Strategy.Retrying, FailurePoint.AuditInsert)]
    [InlineData(Strategy.SqlServerRetrying, FailurePoint.Commit)]
    public async Task A_change_saved_on_the_second_attempt_is_stored_and_audited_once_with_its_old_value(Strategy strategy, FailurePoint point)
    {
        await using (var db = _database.NewContext())
        {
            db.OrgUnits.Add(new OrgUnit("PX8", "Phân xưởng 8", OrgUnitKind.Workshop));
            await db.SaveChangesAsync(Ct);
        }

        var failure = new FailOnce(point);
        await using (var db = RetryingContext(strategy, failure))
        {
            db.ActAs(new TestUser("admin-1", 1, Roles.Admin));
            (await db.OrgUnits.SingleAsync(u => u.Code == "PX8", Ct)).Rename("Phân xưởng Tám");
            await db.SaveChangesAsync(Ct);
        }

        Assert.True(failure.Thrown);
        await using var check = _database.NewContext();
        Assert.Equal("Phân xưởng Tám", (await check.OrgUnits.SingleAsync(u => u.Code == "PX8", Ct)).Name);
        var modified = await check.AuditEntries.Where(e => e.EntityType == nameof(OrgUnit) && e.Action == AuditAction.Modified).ToListAsync(Ct);
        Assert.Contains("\"Name\":[\"Phân xưởng 8\",\"Phân xưởng Tám\"]", Assert.Single(modified).Changes, StringComparison.Ordinal);
        Assert.True((await VerifyAuditChain.VerifyAsync(check, Ct)).Intact);
    }

    private PortalDbContext RetryingContext(Strategy strategy, FailOnce failure)
    {
        string connectionString;
        using (var plain = _database.NewContext())
        {
            connectionString = plain.Database.GetConnectionString()!;
        }

        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.ExecutionStrategy(dependencies => strategy == Strategy.SqlServerRetrying
                ? new SqlServerStrategyRetryingOnInjected(dependencies)
                : new RetryingOnInjected(dependencies)))
            .AddInterceptors(failure)
            .Options;
        return new PortalDbContext(options, _database.Clock);
    }

    /// <summary>Stands for a dropped connection or a deadlock victim: the kind of failure a retrying strategy retries.</summary>
    private sealed class InjectedTransientException() : DbException("Injected transient failure");

    private sealed class RetryingOnInjected(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(10))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is InjectedTransientException;
    }

    private sealed class SqlServerStrategyRetryingOnInjected(ExecutionStrategyDependencies dependencies)
        : SqlServerRetryingExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(10), errorNumbersToAdd: null)
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is InjectedTransientException || base.ShouldRetryOn(exception);
    }

    /// <summary>Throws once, either as the audit rows are inserted or as the transaction is about to commit.</summary>
    private sealed class FailOnce(FailurePoint point) : DbCommandInterceptor, IDbTransactionInterceptor
    {
        public bool Thrown { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailOnAuditInsert(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailOnAuditInsert(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            FailAt(FailurePoint.Commit);
            return ValueTask.FromResult(result);
        }

        private void FailOnAuditInsert(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal))
            {
                FailAt(FailurePoint.AuditInsert);
            }
        }

        private void FailAt(FailurePoint here)
        {
            if (here == point && !Thrown)
            {
                Thrown = true;
                throw new InjectedTransientException();
            }
        }
    }
}
