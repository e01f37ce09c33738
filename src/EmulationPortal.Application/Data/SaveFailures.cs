using System.Data.Common;
using EmulationPortal.Application.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EmulationPortal.Application.Data;

/// <summary>
/// What a failed save means to the person who made it, for every use case alike. A stale version or a duplicate key
/// (a second tab or a second leader creating the same record at the same moment) is a conflict: someone else saved
/// first. Anything else is a save failure, logged with its cause, never passed off as a conflict: that includes a
/// database that is gone or refuses work (a lost file, a full disk, a dropped server) at any step of the use case, so
/// the page keeps the form and says the save did not happen instead of failing as a whole.
/// </summary>
public static class SaveFailures
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    /// <summary>What a use case answers as an outcome rather than letting it escape: a refused save or a database refusing work.</summary>
    public static bool IsStoreFailure(Exception failure) => failure is DbUpdateException or DbException;

    public static Outcome OutcomeOf(this PortalDbContext db, Exception failure)
    {
        if (failure is DbUpdateConcurrencyException || (failure is DbUpdateException update && IsDuplicateKey(update)))
        {
            return Outcome.Conflict();
        }

        var entities = failure is DbUpdateException { Entries: var entries } ? string.Join(", ", entries.Select(e => e.Metadata.ClrType.Name).Distinct()) : "nothing yet";
        db.GetService<ILoggerFactory>().CreateLogger(typeof(SaveFailures)).LogError(failure, "Saving {Entities} failed", entities);
        return Outcome.SaveFailed();
    }

    public static bool IsDuplicateKey(DbUpdateException failure) => IsDuplicateKey(failure.InnerException);

    /// <summary>The store's own exception, for a statement sent by SQL rather than by a save.</summary>
    public static bool IsDuplicateKey(Exception? failure) => failure switch
    {
        DbUpdateException update => IsDuplicateKey(update.InnerException),
        SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException e => e.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
