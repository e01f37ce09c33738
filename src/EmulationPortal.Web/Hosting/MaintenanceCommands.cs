using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Web.Hosting;

/// <summary>
/// Operator commands run with the portal's own configuration instead of serving:
/// <c>backup &lt;file&gt;</c>, <c>restore &lt;file&gt;</c> (SQLite), <c>verify-audit</c> and
/// <c>create-admin &lt;email&gt; &lt;full name&gt; &lt;root unit code&gt; &lt;root unit name&gt;</c>. See docs/operations.md.
/// They run on the database as it is, before start-up migrates and seeds it: a restore is needed exactly when the live
/// database is broken, and a migration or seed failing on it must not stand in the way.
/// </summary>
internal static class MaintenanceCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var log = app.Logger;
        switch (args)
        {
            case ["backup", var file]:
                await SqliteBackup.BackupAsync(db, file);
                log.LogInformation("Backed up the database to {File}", Path.GetFullPath(file));
                return 0;
            case ["restore", var file]:
                await SqliteBackup.RestoreAsync(file, db.Database.GetConnectionString()!);
                log.LogInformation("Restored the database from {File}", Path.GetFullPath(file));
                return 0;
            case ["verify-audit"]:
                var result = await VerifyAuditChain.VerifyAsync(db, CancellationToken.None);
                if (result.Intact)
                {
                    log.LogInformation("Audit chain intact: {Count} entries", result.Checked);
                    return 0;
                }

                log.LogError("Audit chain broken at entry {Sequence}", result.BrokenAt);
                return 2;
            case ["create-admin", var email, var fullName, var unitCode, var unitName]:
                // The password never appears on the command line (shell history, ps) nor in the log.
                var password = Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD") ?? Console.In.ReadLine() ?? string.Empty;
                var created = await scope.ServiceProvider.GetRequiredService<CreateFirstAdmin>()
                    .ExecuteAsync(new FirstAdminRequest(email, fullName, password, unitCode, unitName));
                if (created.Succeeded)
                {
                    log.LogInformation("Created the first admin {Email}", email);
                    return 0;
                }

                log.LogError("The first admin was not created: {Status} {Rule} {Fields}", created.Status, created.RuleCode,
                    string.Join(", ", created.Errors.Select(e => e.Code)));
                return 1;
            default:
                log.LogError("Unknown command. Use: backup <file> | restore <file> | verify-audit | create-admin <email> <full name> <root unit code> <root unit name>");
                return 1;
        }
    }
}
