using System.Data.Common;
using System.Net;
using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Units;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Reliability;

/// <summary>
/// The SQLite file is deleted under the running portal while pooled connections still hold it open (the case:
/// 19–41 saves confirmed on screen into a file that no longer existed). Nothing may be confirmed, and readiness says so.
/// </summary>
public sealed class DatabaseFileLostTests : IAsyncLifetime
{
    private sealed record Admin(string UserId, int OrgUnitId) : ICurrentUser
    {
        public bool IsInRole(string role) => role == Roles.Admin;
    }

    private readonly PortalAppFactory _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task After_the_file_is_deleted_a_save_is_refused_and_readiness_fails()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode);
        ICurrentUser admin;
        int root;
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct))
        {
            var account = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Admin.Email, Ct);
            admin = new Admin(account.Id, account.OrgUnitId);
            root = await db.OrgUnits.Where(u => u.ParentId == null).Select(u => u.Id).SingleAsync(Ct);
        }

        File.Delete(_host.DatabasePath); // the pool keeps the unlinked file open, as a running portal does

        Outcome<int>? outcome = null;
        DbException? refused = null;
        await using var scope = _host.Services.CreateAsyncScope();
        try
        {
            outcome = await scope.ServiceProvider.GetRequiredService<AddUnit>().ExecuteAsync(admin,
                new AddUnitRequest { Code = "MAT-FILE", Name = "Tổ sau khi mất tệp", Kind = OrgUnitKind.Team, ParentId = root, Headcount = 3 }, Ct);
        }
        catch (DbException e)
        {
            refused = e;
        }

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.True(refused is not null || outcome is { Succeeded: false }, "the save was confirmed into a deleted file");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.False(File.Exists(_host.DatabasePath)); // and no empty database took its place
    }
}
