using System.Threading.RateLimiting;
using EmulationPortal.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Features.Decisions;

/// <summary>
/// The public verification page is limited per client address (<c>Security:VerificationsPerMinute</c>, default 30):
/// plenty for people scanning certificates, too few to walk the code space even if codes were guessable.
/// </summary>
internal static class VerifyLimit
{
    public const string Policy = "verify";

    public static IServiceCollection AddVerifyLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((options, security) => options.AddPolicy(Policy, http =>
            RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = security.Value.VerificationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services.AddRateLimiter(_ => { });
    }
}
