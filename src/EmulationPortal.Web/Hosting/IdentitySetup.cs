using System.Security.Cryptography.X509Certificates;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Web.Components.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Web.Hosting;

internal static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity on the EF Core store. No public registration: admins create accounts.
    /// Data Protection keys live in the database so every instance of the portal accepts the same cookies.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddPortalIdentityStore()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Cookie.Name = "EmulationPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecure(environment, configuration);

            // Instead of Identity's stamp check every 30 minutes: every request asks the database (one query).
            options.Events.OnValidatePrincipal = RefuseRevokedAsync;
        });
        services.AddSingleton<UnknownAccountAttempts>();
        services.AddSingleton<TrustedDevices>();
        services.AddPasswordChangeLimit();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecure(environment, configuration));

        var keys = services.AddDataProtection()
            .SetApplicationName("EmulationPortal")
            .PersistKeysToDbContext<PortalDbContext>();
        var protection = services.AddPortalOptions<DataProtectionSettings>(configuration, DataProtectionSettings.Section);
        if (protection.CertificatePath is { Length: > 0 } certificate)
        {
            // Keys at rest are then encrypted: a copy of the database (a backup) no longer forges cookies by itself.
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, protection.CertificatePassword));
        }

        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// A cookie whose account is gone or locked, or whose security stamp was renewed since it was issued (lock, role or
    /// unit change, password change or reset, sign-out), signs nobody in: the request goes on as anonymous.
    /// </summary>
    private static async Task RefuseRevokedAsync(CookieValidatePrincipalContext context)
    {
        var lookup = context.HttpContext.RequestServices.GetRequiredService<CurrentUserLookup>();
        if (context.Principal is null || await lookup.FindAsync(context.Principal, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// Cookies travel only over HTTPS outside Development (where the demo runs on plain http://localhost);
    /// <c>Security:SecureCookies=false</c> is for test hosts that run the production pipeline over plain HTTP.
    /// </summary>
    private static CookieSecurePolicy CookieSecure(IHostEnvironment environment, IConfiguration configuration) =>
        (configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.SecureCookies ?? !environment.IsDevelopment()) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}
