using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Application.Common;

/// <summary>
/// The ending every editing use case shares: the version the user saw on the aggregate, the domain's change, one audited
/// save; a refused rule, a stale version or a failed store become the outcome, never an exception.
/// </summary>
public static class UseCaseSave
{
    /// <param name="expectedVersion">The version the user saw; null for what is new (nothing to be stale against).</param>
    public static Task<Outcome> SaveAsync(this PortalDbContext db, IVersioned aggregate, Guid? expectedVersion, Action change, CancellationToken ct)
    {
        if (expectedVersion is { } seen)
        {
            db.ExpectVersion(aggregate, seen);
        }

        return db.SaveAsync(change, ct);
    }

    /// <summary>The change, then the save, with what they may refuse as the outcome.</summary>
    public static Task<Outcome> SaveAsync(this PortalDbContext db, Action change, CancellationToken ct) =>
        db.GuardAsync(async () =>
        {
            change();
            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        });

    /// <summary>The change and the save, then what the caller reads back once saved (a new id, the new version).</summary>
    public static async Task<Outcome<T>> SaveAsync<T>(this PortalDbContext db, Action change, Func<T> saved, CancellationToken ct)
    {
        var outcome = await db.SaveAsync(change, ct);
        return outcome.Succeeded ? Outcome<T>.Ok(saved()) : Outcome<T>.From(outcome);
    }

    /// <summary>A stale edit: the save conflicts unless the stored version is still the one the user saw.</summary>
    public static void ExpectVersion(this PortalDbContext db, IVersioned aggregate, Guid seen) =>
        db.Entry(aggregate).Property(nameof(IVersioned.Version)).OriginalValue = seen;

    /// <summary>Work that saves on its own terms (a transaction, a retry), with what it may refuse as the outcome.</summary>
    public static Task<Outcome> GuardAsync(this PortalDbContext db, Func<Task<Outcome>> work) => Guarded(db, work, refused => refused);

    /// <inheritdoc cref="GuardAsync(PortalDbContext, Func{Task{Outcome}})"/>
    public static Task<Outcome<T>> GuardAsync<T>(this PortalDbContext db, Func<Task<Outcome<T>>> work) => Guarded(db, work, Outcome<T>.From);

    private static async Task<TOutcome> Guarded<TOutcome>(PortalDbContext db, Func<Task<TOutcome>> work, Func<Outcome, TOutcome> refused)
    {
        try
        {
            return await work();
        }
        catch (DomainRuleException rule)
        {
            return refused(Outcome.Broken(rule));
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return refused(db.OutcomeOf(failure));
        }
    }
}
