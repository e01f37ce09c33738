using System.Net;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Reliability;

/// <summary>Issue 6: markup someone typed into a name is sent to the browser as text, never as elements.</summary>
public class MarkupAsTextTests(MarkupAsTextTests.Host host) : IClassFixture<MarkupAsTextTests.Host>
{
    public sealed class Host : PortalAppFactory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_named_with_script_and_img_tags_is_rendered_escaped_on_the_units_page()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(DemoAccounts.Admin.Email, ct: Ct);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct))
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == "PX3-T1", Ct);
            unit.Rename("<script>alert(1)</script><img src=x onerror=alert(1)>");
            await db.SaveChangesAsync(Ct);
        }

        var response = await client.GetAsync(new Uri("/admin/units", UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }
}
