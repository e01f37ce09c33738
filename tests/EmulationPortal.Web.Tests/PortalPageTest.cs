using System.Security.Claims;
using Bunit;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests;

/// <summary>
/// bUnit for a whole page: the page's use cases run on a real SQLite file with the demo data, signed in as the demo
/// admin. <see cref="Forward{T}"/> hands a use case from the database's own wiring to the page.
/// </summary>
public abstract class PortalPageTest : PortalComponentTest, IAsyncLifetime
{
    protected SqliteTestDatabase Database { get; private set; } = default!;

    private static readonly string SecurityStampClaim = new Microsoft.AspNetCore.Identity.ClaimsIdentityOptions().SecurityStampClaimType;

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        await using var db = Database.NewContext();
        var admin = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Admin.Email, Ct);
        AddAuthorization()
            .SetAuthorized(admin.Email!)
            .SetRoles(Roles.Admin)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, admin.Id), new Claim(SecurityStampClaim, admin.SecurityStamp!));
        Services.AddScoped<CurrentUserAccessor>();
        Forward<CurrentUserLookup>();
        Services.AddScoped<UserMessages>();
        Services.AddScoped<FormValidation>();
        RegisterPageServices();
        UseInteractiveRenderer();
    }

    /// <summary>Forward the use cases and validators the page under test injects.</summary>
    protected abstract void RegisterPageServices();

    protected void Forward<T>()
        where T : class => Services.AddTransient(_ => Database.Get<T>());

    /// <summary>The input whose accessible name (aria-label or a label's text) is <paramref name="name"/>.</summary>
    protected static AngleSharp.Dom.IElement Field<TPage>(IRenderedComponent<TPage> page, string name)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var labelled = page.FindAll($"input[aria-label='{name}']");
        if (labelled.Count == 1)
        {
            return labelled[0];
        }

        var id = page.FindAll("label").Single(l => l.TextContent.Trim() == name).GetAttribute("for");
        return page.Find($"#{id}");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await Database.DisposeAsync();
    }
}
