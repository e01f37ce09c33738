using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Hosting;

/// <summary>
/// Password changes are limited per signed-in account (<c>Security:PasswordChangesPerMinute</c>, default 5), so a
/// stolen session cannot try current passwords in a burst; each wrong one also counts towards the account's lockout.
/// </summary>
internal static class PasswordChangeLimit
{
    public const string Policy = "password-change";

    public static IServiceCollection AddPasswordChangeLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((options, security) => options.AddPolicy(Policy, http =>
            HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = security.Value.PasswordChangesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty)));
        return services.AddRateLimiter(_ => { });
    }
}
