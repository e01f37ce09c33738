using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Notifications;
using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;

namespace EmulationPortal.Web.Hosting.Scheduling;

/// <summary>
/// Quartz.NET on its ADO job store in the portal's database (its QRTZ_ tables, which Quartz creates when missing), clustered: every
/// instance runs a scheduler, and the store's row locks let exactly one fire each trigger. No hand-made timer loops.
/// </summary>
internal static class SchedulerSetup
{
    public const string SchedulerName = "EmulationPortal";
    public static readonly JobKey DeliverEmails = new("deliver-emails", "notifications");
    public static readonly JobKey DailyReminders = new("daily-reminders", "notifications");

    public static IServiceCollection AddPortalScheduler(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
        if (!options.SchedulerEnabled)
        {
            return services;
        }

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = SchedulerName);
            q.UsePersistentStore(store =>
            {
                UsePortalDatabase(store, database.Provider, configuration, contentRoot);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
            q.AddJob<DeliverEmailsJob>(j => j.WithIdentity(DeliverEmails).StoreDurably().DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(DeliverEmails).WithIdentity("deliver-emails", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, options.DeliveryIntervalSeconds))).RepeatForever()));
            q.AddJob<DailyRemindersJob>(j => j.WithIdentity(DailyReminders).StoreDurably().DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(DailyReminders).WithIdentity("daily-reminders", "notifications")
                .WithCronSchedule("0 0 7 * * ?", c => c.InTimeZone(FactoryTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>The job store lives in the portal's own database, whichever provider <c>Database:Provider</c> names.</summary>
    private static void UsePortalDatabase(IPersistentStoreBuilder store, DatabaseProvider provider, IConfiguration configuration, string contentRoot)
    {
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                store.UseSqlServer(configuration.GetConnectionString("SqlServer")!);

                // Several instances share one server: the store's row locks let exactly one fire each trigger.
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(15));
                break;
            case DatabaseProvider.Postgres:
                // Quartz's PostgreSQL delegate, on the Npgsql driver the EF provider already brings; clustered like SQL Server.
                store.UsePostgres(NpgsqlFactory.Instance, configuration.GetConnectionString("Postgres")!);
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(15));
                break;
            default:
                // Quartz refuses clustering on SQLite (one embedded instance); idempotence then rests on the dedupe keys.
                store.UseSqlite(SqliteFactory.Instance, DatabaseRegistration.SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot));
                break;
        }
    }
}
