using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Web.Tests;

/// <summary>The database goes away while the portal runs, then comes back: the portal says so, hides the details, and recovers without a restart.</summary>
public class DatabaseOutageTests(DatabaseOutageTests.Host host) : IClassFixture<DatabaseOutageTests.Host>
{
    /// <summary>Not Development, so users get the friendly error page rather than the developer page.</summary>
    public sealed class Host : PortalAppFactory
    {
        protected override string EnvironmentName => "Staging";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:SecureCookies", "false"); // the test server speaks plain HTTP
            builder.UseSetting("Database:ForceDemoSeed", "true");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_fails_and_users_see_a_friendly_page_while_the_database_is_gone_then_all_recovers()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode);
        await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), Ct); // loads the Data Protection key ring, as any running portal has

        SqliteConnection.ClearAllPools(); // the last connection closing checkpoints and removes the WAL files
        var files = new[] { host.DatabasePath, host.DatabasePath + "-wal", host.DatabasePath + "-shm" }.Where(File.Exists).ToList();
        foreach (var file in files)
        {
            File.Move(file, file + ".away");
        }

        Directory.CreateDirectory(host.DatabasePath); // a path SQLite cannot open as a database
        try
        {
            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

            var signIn = await client.SignInAsync("px2.cnv01@z121.demo", ct: Ct);
            var page = await signIn.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.InternalServerError, signIn.StatusCode);
            Assert.Contains("Đã xảy ra lỗi", page, StringComparison.Ordinal);
            Assert.DoesNotContain("SqliteException", page, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", page, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(host.DatabasePath);
            foreach (var file in files)
            {
                File.Move(file + ".away", file);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode);
    }
}
