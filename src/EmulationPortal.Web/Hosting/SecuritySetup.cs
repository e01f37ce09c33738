using System.Threading.RateLimiting;
using EmulationPortal.Web.Components.Account;
using EmulationPortal.Web.Features.Decisions;
using EmulationPortal.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Hosting;

internal static class SecuritySetup
{
    /// <summary>
    /// Blazor Server needs its WebSocket (connect-src 'self') and MudBlazor sets inline styles ('unsafe-inline' for styles only);
    /// no inline or third-party script runs, and no page may be framed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Where <see cref="UseSignInAccountName"/> leaves the account name a sign-in POST is for.</summary>
    private const string SignInAccount = "SignIn.Account";

    /// <summary>
    /// Sign-in attempts are limited per client address (<c>Security:SignInAttemptsPerMinute</c>, default 10) and per
    /// account name (<c>Security:SignInAttemptsPerAccountPerMinute</c>, default 5): changing address, or a forged
    /// <c>X-Forwarded-For</c>, does not buy more guesses at one account, and each account's failures come slowly enough
    /// that Identity's lockout is reached in minutes rather than milliseconds. Browsers the owner signed in from are
    /// limited per device, so neither limit nor lockout keeps the owner out (<see cref="TrustedDevices"/>).
    /// </summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalSettings(configuration);
        services.AddVerifyLimit();
        services.PostConfigure<HostFilteringOptions>(options => options.AllowEmptyHosts = false);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            var (perAddress, perAccount) = (security.Value.SignInAttemptsPerMinute, security.Value.SignInAttemptsPerAccountPerMinute);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                SignInLimiter(perAddress, http => "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown")),
                SignInLimiter(perAccount, http => "account:" + (http.Items[SignInAccount] as string ?? string.Empty)));
            options.OnRejected = async (context, ct) =>
            {
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Account.TooManyAttempts"];
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(text, ct);
            };
        });
        return services;
    }

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(http);
        });

    /// <summary>
    /// Reads the sign-in form before the rate limiter (the form is buffered, so the login page reads the same values);
    /// a trusted browser is limited per device instead of per account name.
    /// </summary>
    public static void UseSignInAccountName(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (IsSignInAttempt(http.Request) && http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                var name = form["Input.Email"].ToString().Trim();
                name = name[..Math.Min(name.Length, 256)].ToUpperInvariant();

                // A browser the owner signed in from has its own allowance, so a stranger's guesses cannot use it up.
                var device = http.RequestServices.GetRequiredService<TrustedDevices>()
                    .DeviceFor(http, http.RequestServices.GetRequiredService<ILookupNormalizer>().NormalizeName(name));
                http.Items[SignInAccount] = device is null ? name : "device:" + device;
            }

            await next(http);
        });

    private static PartitionedRateLimiter<HttpContext> SignInLimiter(int permits, Func<HttpContext, string> partition) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            IsSignInAttempt(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(partition(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);
}
