namespace EmulationPortal.Application.Identity;

/// <summary>
/// Identity keeps one lockout end for two different things: an admin's lock (set to the far future by
/// <c>SetUserLock</c>) and the short lockout after wrong passwords. Only the admin's ends sessions and refuses every
/// device; the other one is reached by anybody who knows the email, so it must not lock the owner out.
/// </summary>
public static class AdminLock
{
    public static readonly DateTimeOffset Until = DateTimeOffset.MaxValue;

    /// <summary>Compared by year, since a store may round the far-future value it was given.</summary>
    public static bool Holds(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.UtcDateTime.Year == Until.Year;
}
