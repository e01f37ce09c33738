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
            db.Entry(aggregate).Property(nameof(IVersioned.Version)).OriginalValue = seen;
        }

        return db.SaveAsync(change, ct);
    }

    /// <summary>The change, then the save, with what they may refuse as the outcome.</summary>
    public static async Task<Outcome> SaveAsync(this PortalDbContext db, Action change, CancellationToken ct)
    {
        try
        {
            change();
            await db.SaveChangesAsync(ct);
            return Outcome.Ok();
        }
        catch (DomainRuleException rule)
        {
            return Outcome.Broken(rule);
        }
        catch (Exception failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return db.OutcomeOf(failure);
        }
    }
}
