using EmulationPortal.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Components.Account;

/// <summary>
/// Sign-in attempts on an email that has no account, answered the way a real account is: a password hash is checked
/// (against a dummy one, so the answer takes as long), failures are counted with Identity's lockout policy, and after
/// as many failures the email is "locked out" for as long. Counts live in this instance's memory, bounded in size.
/// </summary>
internal sealed class UnknownAccountAttempts : IDisposable
{
    private const int MaxTrackedEmails = 100_000;

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxTrackedEmails });
    private readonly LockoutOptions _lockout;
    private readonly TimeProvider _clock;
    private string? _dummyHash;

    public UnknownAccountAttempts(IOptions<IdentityOptions> options, TimeProvider clock)
    {
        _lockout = options.Value.Lockout;
        _clock = clock;
    }

    public SignInResult Attempt(string email, string password, IPasswordHasher<PortalUser> hasher)
    {
        var key = email.Trim().ToUpperInvariant();
        var now = _clock.GetUtcNow();
        var record = _failures.Get<Failures>(key) ?? new Failures(0, null);
        if (record.LockedUntil > now)
        {
            return SignInResult.LockedOut; // a locked real account is refused before its hash is checked, too
        }

        // Made with the portal's hasher and settings, so checking it costs what checking a real password costs.
        _dummyHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new PortalUser(), _dummyHash, password);
        record = record.Count + 1 >= _lockout.MaxFailedAccessAttempts
            ? new Failures(0, now + _lockout.DefaultLockoutTimeSpan)
            : new Failures(record.Count + 1, null);
        _failures.Set(key, record, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _lockout.DefaultLockoutTimeSpan * 2 });
        return record.LockedUntil is null ? SignInResult.Failed : SignInResult.LockedOut;
    }

    public void Dispose() => _failures.Dispose();

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil);
}
