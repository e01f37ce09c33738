using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EmulationPortal.Application.Data;

/// <summary>
/// Refuses to work on a SQLite file that is no longer at its path. A pooled connection keeps the deleted file open, and
/// SQLite in WAL mode goes on committing into it: saves "succeed" into a file nobody will ever read again. So every
/// use of a connection, and every commit, first checks that the file is still there; if not, the pools are dropped and
/// the operation fails, so the user is told the save did not happen. The portal's connections never create the file
/// (<c>Mode=ReadWrite</c>, see <see cref="DatabaseRegistration"/>), so a new, empty file cannot appear in its place.
/// </summary>
public sealed class SqliteFileGuard : DbConnectionInterceptor, IDbTransactionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => EnsureFilePresent(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EnsureFilePresent(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        EnsureFilePresent(transaction.Connection!);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        EnsureFilePresent(transaction.Connection!);
        return ValueTask.FromResult(result);
    }

    private static void EnsureFilePresent(DbConnection connection)
    {
        if (connection is SqliteConnection { DataSource: { Length: > 0 } path } && path != ":memory:" && !File.Exists(path))
        {
            SqliteConnection.ClearAllPools();
            throw new DatabaseFileLostException(path);
        }
    }
}

/// <summary>The SQLite file was deleted or moved while the portal ran; nothing was committed.</summary>
public sealed class DatabaseFileLostException(string path)
    : DbException($"The database file {path} is no longer there; the operation was not committed.");
