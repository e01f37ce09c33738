using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Web.Tests.Operations;

/// <summary>What the portal refuses or protects when it starts outside the demo.</summary>
public class StartupPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Staging : PortalAppFactory
    {
        protected override string EnvironmentName => "Staging";
    }

    /// <summary>The demo host with Data Protection keys encrypted by a certificate made for the test.</summary>
    private sealed class WithKeyCertificate(string pfx) : PortalAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", pfx);
            builder.UseSetting("DataProtection:CertificatePassword", "test");
        }
    }

    [Fact]
    public void The_demo_seed_is_refused_in_an_environment_other_than_Development_unless_forced()
    {
        using var host = new Staging();

        var refused = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Database:ForceDemoSeed", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_stored_encrypted_with_the_configured_certificate()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=EmulationPortal keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pfx = Path.Combine(Path.GetTempPath(), $"portal-keys-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test"), Ct);
        try
        {
            await using var host = new WithKeyCertificate(pfx);
            await host.CreateClient().GetStringAsync(new Uri("/Account/Login", UriKind.Relative), Ct); // the antiforgery token creates the first key

            await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Xml FROM DataProtectionKeys";
            var xml = (string)(await command.ExecuteScalarAsync(Ct))!;

            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
