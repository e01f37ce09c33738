using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Identity;

public static class IdentityStoreRegistration
{
    /// <summary>
    /// Identity's user and role managers on the EF Core store, with the portal's password and lockout policy. The web
    /// host adds sign-in on top; the use cases that create accounts and the tests use exactly this policy. The
    /// <see cref="CurrentUserLookup"/> reads the signed-in user's current role, unit and lock state from this store.
    /// </summary>
    public static IdentityBuilder AddPortalIdentityStore(this IServiceCollection services) => services
        .AddScoped<CurrentUserLookup>()
        .AddIdentityCore<PortalUser>(options =>
        {
            options.SignIn.RequireConfirmedAccount = false;
            options.User.RequireUniqueEmail = true;
            options.Password.RequiredLength = 8;
            options.Password.RequireNonAlphanumeric = true;
            options.Password.RequireUppercase = true;
            options.Password.RequireDigit = true;
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Lockout.AllowedForNewUsers = true;
        })
        .AddRoles<IdentityRole>()
        .AddEntityFrameworkStores<PortalDbContext>();
}
