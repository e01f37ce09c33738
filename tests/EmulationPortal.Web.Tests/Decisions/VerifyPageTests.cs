using System.Net;
using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Decisions;

/// <summary>The public verification page of the demo decision's certificates, asked without signing in.</summary>
public class VerifyPageTests(PortalAppFactory host) : IClassFixture<PortalAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_certificate_code_shows_its_name_title_decision_and_standing_to_anyone_and_nothing_more()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        var line = await db.DecisionLines.Where(l => l.GoldenBookNumber == 1).SingleAsync(Ct);
        var person = await db.Users.SingleAsync(u => u.Id == line.PersonId, Ct);

        var response = await Anonymous().GetAsync(new Uri($"/verify/{line.VerificationCode}", UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(person.FullName, html, StringComparison.Ordinal);
        Assert.Contains("Chiến sĩ thi đua cơ sở", html, StringComparison.Ordinal);
        Assert.Contains("1/QĐ-Z121", html, StringComparison.Ordinal);
        Assert.Contains("30/12/2020", html, StringComparison.Ordinal);
        Assert.Contains("Nhà máy Z121", html, StringComparison.Ordinal);
        Assert.Contains("Đã ban hành", html, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email!, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Id, html, StringComparison.Ordinal);
        Assert.DoesNotContain(line.UnitName, html, StringComparison.Ordinal); // the person's unit is not on the public page
        Assert.DoesNotContain("1.490.000", html, StringComparison.Ordinal); // nor the bonus
        Assert.DoesNotContain(person.StaffCode ?? "no staff code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Account/Login", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("1")]
    public async Task An_unknown_code_is_not_found(string code)
    {
        var response = await Anonymous().GetAsync(new Uri($"/verify/{code}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
