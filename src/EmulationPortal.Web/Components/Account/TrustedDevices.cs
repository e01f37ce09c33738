using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Components.Account;

/// <summary>
/// Device cookies (OWASP's answer to lockout as a denial of service): a browser that once signed in to an account
/// carries a protected cookie naming that account. Wrong passwords from elsewhere lock only the browsers without
/// one, so a stranger who knows an email cannot keep its owner out; a trusted browser has its own failure count and
/// loses its trust after as many failures as the account lockout allows. An admin's lock still refuses every device.
/// </summary>
internal sealed class TrustedDevices : IDisposable
{
    public const string CookieName = "EmulationPortal.Device";
    private const int MaxTrackedDevices = 100_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly ITimeLimitedDataProtector _protector;
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxTrackedDevices });
    private readonly LockoutOptions _lockout;

    public TrustedDevices(IDataProtectionProvider protection, IOptions<IdentityOptions> options)
    {
        _protector = protection.CreateProtector("EmulationPortal.TrustedDevice").ToTimeLimitedDataProtector();
        _lockout = options.Value.Lockout;
    }

    /// <summary>The device id of this request's cookie when it was issued for <paramref name="normalizedUserName"/> and is still trusted.</summary>
    public string? DeviceFor(HttpContext http, string? normalizedUserName)
    {
        if (normalizedUserName is null || !http.Request.Cookies.TryGetValue(CookieName, out var cookie))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(cookie).Split('|', 2);
            return parts is [var device, var name] && name == normalizedUserName && !IsDistrusted(device) ? device : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // forged, expired or from another key ring: an ordinary, untrusted browser
        }
    }

    /// <summary>After a correct password: this browser is trusted for the account from now on.</summary>
    public void Trust(HttpContext http, string normalizedUserName)
    {
        var device = DeviceFor(http, normalizedUserName) ?? Guid.NewGuid().ToString("N");
        // The cookie lives in real time, so the protector's own clock is the right one (not the demo clock).
        var value = _protector.Protect($"{device}|{normalizedUserName}", Lifetime);
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/Account",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        _failures.Remove(device);
    }

    /// <summary>A wrong password from a trusted browser; enough of them and it is an ordinary browser again.</summary>
    public void Failed(string device)
    {
        var count = (_failures.Get<int?>(device) ?? 0) + 1;
        _failures.Set(device, count, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lockout.DefaultLockoutTimeSpan });
    }

    public void Dispose() => _failures.Dispose();

    private bool IsDistrusted(string device) => _failures.Get<int?>(device) >= _lockout.MaxFailedAccessAttempts;
}
