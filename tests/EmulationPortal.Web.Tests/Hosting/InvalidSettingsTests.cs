using EmulationPortal.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Tests.Hosting;

/// <summary>Every section the portal reads is validated options (ADR 0008): a bad value stops start-up and says which key and why.</summary>
public sealed class InvalidSettingsTests
{
    private sealed class Misconfigured(string key, string value) : PortalAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }

    [Theory]
    [InlineData("Security:CircuitsPerUser", "0", "CircuitsPerUser")]
    [InlineData("Security:SignInAttemptsPerMinute", "-1", "SignInAttemptsPerMinute")]
    [InlineData("Security:CircuitRevalidationSeconds", "0", "CircuitRevalidationSeconds")]
    [InlineData("Health:MinimumFreeDiskMegabytes", "-5", "MinimumFreeDiskMegabytes")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address", "'not-an-address' is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "'10.0.0.0/99' is not a network")]
    [InlineData("DataProtection:CertificatePath", "/nowhere/portal.pfx", "'/nowhere/portal.pfx' does not exist")]
    [InlineData("Database:Provider", "7", "Provider")]
    [InlineData("Attachments:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("Notifications:ReminderDays", "0", "ReminderDays")]
    [InlineData("Notifications:BaseUrl", "not a url", "BaseUrl")]
    public async Task The_portal_does_not_start_with_an_invalid_value_and_names_it(string key, string value, string named)
    {
        await using var portal = new Misconfigured(key, value);

        var failure = Record.Exception(() => portal.CreateClient());

        var invalid = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
        Assert.Contains(named, invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_starts_with_valid_values_and_uses_them()
    {
        await using var portal = new Misconfigured("Security:CircuitsPerUser", "3");

        using var client = portal.CreateClient();

        Assert.Equal(3, portal.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.CircuitsPerUser);
        Assert.Equal(10_000, portal.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInAttemptsPerMinute);
    }

    /// <summary>The host may wrap the start-up failure; the validation failure is somewhere inside.</summary>
    private static T? Innermost<T>(Exception? failure) where T : Exception
    {
        for (var at = failure; at is not null; at = at.InnerException)
        {
            if (at is T found)
            {
                return found;
            }

            if (at is AggregateException { InnerExceptions: [var only] })
            {
                return Innermost<T>(only);
            }
        }

        return null;
    }
}
